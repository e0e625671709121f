#include "practicechecklist.h"

#include "model/core/rules/validate.h"
#include "resources/embedded.h"
#include "widgets/i18n/modeltext.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Stackyard {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stackyard::PracticeChecklist)
};

// The one place the checklist reads a finding's message: in the interface language.
QString findingMessage(const Finding &f) { return ModelText::findingMessage(f); }

std::optional<Pillar> pillarFromName(const std::string &name)
{
    for (Pillar p : {Pillar::Ops, Pillar::Sec, Pillar::Rel, Pillar::Perf, Pillar::Cost, Pillar::Sus})
        if (pillarName(p) == name)
            return p;
    return std::nullopt;
}

bool hasKind(const Design &design, const std::vector<std::string> &kinds)
{
    if (kinds.empty())
        return true;
    return std::any_of(design.resources.begin(), design.resources.end(), [&](const auto &entry) {
        return std::find(kinds.begin(), kinds.end(), entry.second.kind) != kinds.end();
    });
}

QStringList qstrings(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &s : items)
        out << QString::fromStdString(s);
    return out;
}

/// "a", "a or b", "a, b or c".
QString alternatives(QStringList items)
{
    if (items.size() < 2)
        return items.join(QString());
    const QString last = items.takeLast();
    return Tr::tr("%1 or %2", "a list of alternatives; %1 may itself be a comma-separated list")
        .arg(items.join(QStringLiteral(", ")), last);
}

} // namespace

const char *practiceStatusName(PracticeStatus s)
{
    switch (s) {
    case PracticeStatus::Met: return "met";
    case PracticeStatus::NotMet: return "not met";
    case PracticeStatus::NotApplicable: return "not applicable";
    case PracticeStatus::NotChecked: return "not checked";
    }
    return "not checked";
}

std::vector<PracticeRow> practiceRows(std::string *error)
{
    const std::optional<std::string_view> text = embeddedFile("templates/practices.json");
    if (!text) {
        if (error)
            *error = "templates/practices.json is not embedded";
        return {};
    }
    const Json doc = Json::parse(text->begin(), text->end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("practices") || !doc["practices"].is_array()) {
        if (error)
            *error = "templates/practices.json: not a {\"practices\": [...]} document";
        return {};
    }
    std::vector<PracticeRow> rows;
    for (const Json &entry : doc["practices"]) {
        PracticeRow row;
        row.id = entry.value("id", "");
        row.title = entry.value("title", "");
        const std::optional<Pillar> pillar = pillarFromName(entry.value("pillar", ""));
        if (row.id.empty() || !pillar) {
            if (error)
                *error = "templates/practices.json: entry \"" + row.id + "\" lacks an id or a known pillar";
            return {};
        }
        row.pillar = *pillar;
        row.rules = entry.value("rules", std::vector<std::string>{});
        row.appliesTo = entry.value("appliesTo", std::vector<std::string>{});
        row.fact = entry.value("design", "");
        for (const Rule *rule : registeredRules()) {
            const RuleInfo &info = rule->info();
            if (info.practice == row.id && std::find(row.rules.begin(), row.rules.end(), info.id) == row.rules.end())
                row.rules.emplace_back(info.id);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<PracticeResult> checkPractices(const Design &design, const std::vector<Finding> &findings)
{
    std::vector<PracticeResult> out;
    for (const PracticeRow &row : practiceRows()) {
        PracticeResult result{row, PracticeStatus::NotChecked, {}};
        QStringList problems;
        for (const Finding &f : findings) {
            const bool byRule = std::find(row.rules.begin(), row.rules.end(), f.rule) != row.rules.end();
            if (byRule || f.practice == row.id)
                problems << Tr::tr("%1 %2: %3", "a finding: severity, rule id: message")
                                .arg(ModelText::severityTitle(f.severity), QString::fromStdString(f.rule),
                                     findingMessage(f));
        }
        if (!problems.isEmpty()) {
            result.status = PracticeStatus::NotMet;
            result.why = problems.join(QStringLiteral("; "));
            out.push_back(std::move(result));
            continue;
        }
        if (!hasKind(design, row.appliesTo)) {
            result.status = PracticeStatus::NotApplicable;
            result.why = Tr::tr("the design has no %1", "%1: catalogue kinds such as ecs-service, joined by 'or'")
                             .arg(alternatives(qstrings(row.appliesTo)));
            out.push_back(std::move(result));
            continue;
        }
        QString factWhy;
        if (!row.fact.empty()) {
            PracticeResult fact = practiceFact(design, findings, row);
            if (fact.status != PracticeStatus::Met || row.rules.empty()) {
                out.push_back(std::move(fact));
                continue;
            }
            factWhy = fact.why;
        }
        if (!row.rules.empty()) {
            result.status = PracticeStatus::Met;
            const QString rules = qstrings(row.rules).join(QStringLiteral(", "));
            const QString checked = Tr::tr("checked by %1: no findings").arg(rules);
            result.why = factWhy.isEmpty()
                ? checked
                : Tr::tr("%1; %2", "the design fact's reason; the rules' reason").arg(factWhy, checked);
        } else {
            result.why = Tr::tr("no automatic check for this practice; review it by hand");
        }
        out.push_back(std::move(result));
    }
    return out;
}

} // namespace Stackyard
