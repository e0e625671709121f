#include "presentationpanels.h"

#include <QGraphicsDropShadowEffect>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

void addShadow(QWidget *w)
{
    auto *shadow = new QGraphicsDropShadowEffect(w);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 70));
    w->setGraphicsEffect(shadow);
}

QLabel *label(QWidget *parent, int px, bool bold, const QString &color)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setStyleSheet(QStringLiteral("QLabel { font-size: %1px; %2 color: %3; background: transparent; border: none; }")
                         .arg(px)
                         .arg(bold ? QStringLiteral("font-weight: 600;") : QString())
                         .arg(color));
    return l;
}

} // namespace

CaptionPanel::CaptionPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("presentationCaption"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(26, 16, 24, 18);
    layout->setSpacing(6);
    m_kicker = label(this, 14, true, QStringLiteral("#545B64"));
    m_title = label(this, 24, true, QStringLiteral("#232F3E"));
    m_body = label(this, 17, false, QStringLiteral("#232F3E"));
    m_footer = label(this, 17, false, QStringLiteral("#1D6B2F"));
    layout->addWidget(m_kicker);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_footer);
    addShadow(this);
    setContent({}, {}, {}, {}, QColor(0x1F, 0x6F, 0xC5));
}

void CaptionPanel::setContent(const QString &kicker, const QString &title, const QString &body, const QString &footer,
                              const QColor &accent)
{
    setStyleSheet(QStringLiteral("#presentationCaption { background: rgba(255,255,255,245); border: 1px solid #D5DBDB;"
                                 " border-left: 8px solid %1; border-radius: 6px; }")
                      .arg(accent.name()));
    m_kicker->setText(kicker);
    m_title->setText(title);
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
    m_footer->setText(footer);
    m_footer->setVisible(!footer.isEmpty());
    adjustSize();
}

QString CaptionPanel::kicker() const
{
    return m_kicker->text();
}

QString CaptionPanel::title() const
{
    return m_title->text();
}

QString CaptionPanel::body() const
{
    return m_body->text();
}

QString CaptionPanel::footer() const
{
    return m_footer->text();
}

QList<QPair<QString, QString>> HelpPanel::keys()
{
    return {
        {tr("→ / N"), tr("Next finding, framed and explained")},
        {tr("← / P"), tr("Previous finding")},
        {tr("R"), tr("Next request path (Internet → ALB → service → database; tasks → ECR)")},
        {tr("W"), tr("What if: remove the NAT gateways (what breaks, what it saves)")},
        {tr("E"), tr("What if: remove the interface endpoints")},
        {tr("T"), tr("Network tiers")},
        {tr("S"), tr("Security groups on each resource")},
        {tr("L"), tr("Port labels on flows")},
        {tr("F"), tr("Finding badges and blocked flows")},
        {tr("C"), tr("Cost heat map")},
        {tr("0 / Home"), tr("The whole design")},
        {tr("?"), tr("Show or hide these keys")},
        {tr("Esc / F5"), tr("Leave presentation (every what-if is undone)")},
    };
}

HelpPanel::HelpPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("presentationHelp"));
    setStyleSheet(QStringLiteral("#presentationHelp { background: rgba(35,47,62,235); border-radius: 10px; }"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(26, 20, 26, 20);
    grid->setHorizontalSpacing(22);
    grid->setVerticalSpacing(7);
    auto *heading = label(this, 20, true, QStringLiteral("white"));
    heading->setText(tr("Presentation keys"));
    grid->addWidget(heading, 0, 0, 1, 2);
    int row = 1;
    for (const auto &[key, what] : keys()) {
        auto *k = label(this, 16, true, QStringLiteral("#FF9900"));
        k->setWordWrap(false);
        k->setText(key);
        auto *w = label(this, 16, false, QStringLiteral("white"));
        w->setWordWrap(false);
        w->setText(what);
        grid->addWidget(k, row, 0, Qt::AlignRight);
        grid->addWidget(w, row, 1);
        ++row;
    }
    adjustSize();
}

StatusTag::StatusTag(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("presentationStatus"));
    setStyleSheet(QStringLiteral("#presentationStatus { background: rgba(255,255,255,235); border: 1px solid #D5DBDB;"
                                 " border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    m_label = label(this, 15, true, QStringLiteral("#232F3E"));
    m_label->setWordWrap(false);
    layout->addWidget(m_label);
    addShadow(this);
    hide();
}

void StatusTag::setLines(const QStringList &lines)
{
    m_lines = lines;
    m_label->setText(lines.join(QLatin1Char('\n')));
    adjustSize();
    setVisible(!lines.isEmpty());
}

} // namespace Stackyard
