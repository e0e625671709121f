#!/usr/bin/env python3
"""Check the SVG icons in resources/icons (and packaging/stackyard.svg).

Every file must parse as XML, have the expected viewBox (64 for catalogue kinds, 24 for
action-*.svg, 128 for the application icon), and be self-contained: no <image>, <script>,
<foreignObject> or <filter>, no href or url() that points outside the file. Every kind in
resources/catalog/catalog.json must have its icon, tiled in its category colour, and stroke
widths on catalogue icons must be at least 2 (so lines survive 25 % zoom).

Usage: tools/check_icons.py [ROOT]   (ROOT defaults to the repository root)
Exit status 0 when everything passes, 1 otherwise; each problem is printed as file[:line:col]: text.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

# AWS Architecture Icons 2023 palette, by catalogue category.
CATEGORY_COLOURS = {
    "networking": "#8C4FFF", "analytics": "#8C4FFF",
    "compute": "#ED7100", "containers": "#ED7100",
    "database": "#C925D1", "devtools": "#C925D1",
    "security": "#DD344C",
    "management": "#E7157B", "integration": "#E7157B",
    "storage": "#7AA116",
    "external": "#232F3E",
    "other": "#7D8998",
}

ACTIONS = ["new", "open", "save", "undo", "redo", "delete", "zoom-in", "zoom-out", "zoom-fit",
           "zoom-100", "connect", "arrange", "align-left", "align-center", "align-right",
           "align-top", "align-middle", "align-bottom", "distribute-h", "distribute-v", "find",
           "export", "import", "validate", "cost", "present", "report", "grid"]

FORBIDDEN = {"image", "script", "foreignObject", "filter", "feImage"}
URL_RE = re.compile(r"url\(\s*['\"]?([^)'\"]*)")


def local(tag):
    return tag[len(SVG_NS):] if tag.startswith(SVG_NS) else tag


def check_file(path, viewbox, min_stroke=None):
    """Return (problems, root) for one SVG file."""
    problems = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        line, col = err.position
        return [f"{path}:{line}:{col}: not well-formed XML: {err}"], None
    if root.tag != SVG_NS + "svg":
        problems.append(f"{path}: root element is {root.tag!r}, not an SVG <svg> element")
    if root.get("viewBox", "").split() != ["0", "0", str(viewbox), str(viewbox)]:
        problems.append(f"{path}: viewBox is {root.get('viewBox')!r}, expected '0 0 {viewbox} {viewbox}'")
    for el in root.iter():
        name = local(el.tag)
        if name in FORBIDDEN:
            problems.append(f"{path}: forbidden element <{name}>")
        for attr in ("href", XLINK_HREF):
            ref = el.get(attr)
            if ref is not None and not ref.startswith("#"):
                problems.append(f"{path}: <{name}> refers outside the file: {ref!r}")
        for attr, value in el.attrib.items():
            for target in URL_RE.findall(value):
                if not target.startswith("#"):
                    problems.append(f"{path}: <{name} {attr}> uses external url({target})")
        if name == "style" and el.text:
            for target in URL_RE.findall(el.text):
                if not target.startswith("#"):
                    problems.append(f"{path}: <style> uses external url({target})")
            if "@import" in el.text:
                problems.append(f"{path}: <style> uses @import")
        width = el.get("stroke-width")
        if min_stroke is not None and width is not None and float(width) < min_stroke:
            problems.append(f"{path}: <{name}> stroke-width {width} < {min_stroke}")
    return problems, root


def tile_colour(root):
    """The fill of the first full-size <rect>: the category tile."""
    for el in root:
        if local(el.tag) == "rect" and el.get("width") == "64" and el.get("height") == "64":
            return (el.get("fill") or "").upper()
    return None


def main(argv):
    root_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    icons = root_dir / "resources" / "icons"
    catalog = json.loads((root_dir / "resources" / "catalog" / "catalog.json").read_text())
    problems = []
    expected = set()

    for kind in catalog["kinds"]:
        path = icons / kind["icon"]
        expected.add(path.name)
        if not path.is_file():
            problems.append(f"{path}: missing icon for kind {kind['kind']!r}")
            continue
        found, svg = check_file(path, 64, min_stroke=2)
        problems += found
        want = CATEGORY_COLOURS.get(kind["category"])
        if svg is not None and want is None:
            problems.append(f"{path}: category {kind['category']!r} has no colour in {argv[0]}")
        elif svg is not None and tile_colour(svg) != want:
            problems.append(f"{path}: tile colour {tile_colour(svg)} is not {want} "
                            f"(category {kind['category']})")

    for action in ACTIONS:
        path = icons / f"action-{action}.svg"
        expected.add(path.name)
        if not path.is_file():
            problems.append(f"{path}: missing action icon")
            continue
        problems += check_file(path, 24)[0]

    for path in sorted(icons.glob("*.svg")):
        if path.name not in expected:
            problems.append(f"{path}: not a catalogue kind's icon nor a known action icon")

    app_icon = root_dir / "packaging" / "stackyard.svg"
    if app_icon.is_file():
        problems += check_file(app_icon, 128)[0]
        expected.add(app_icon.name)

    for line in problems:
        print(line)
    print(f"check_icons: {len(expected)} icons, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
