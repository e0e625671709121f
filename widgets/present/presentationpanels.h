#pragma once

#include <QFrame>

class QLabel;

namespace Stackyard {

/// The caption under a presented step: a small kicker line ("Finding 2 of 7 · Error ·
/// Reliability"), a title, the explanation and a footer in green (how to fix it, what a what-if
/// saves). A stripe on the left carries the accent colour (the finding's severity). Sized for a
/// shared screen.
class CaptionPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CaptionPanel(QWidget *parent);

    /// Plain text; an empty body or footer hides that line.
    void setContent(const QString &kicker, const QString &title, const QString &body, const QString &footer,
                    const QColor &accent);
    QString kicker() const;
    QString title() const;
    QString body() const;
    QString footer() const;

private:
    QLabel *m_kicker;
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_footer;
};

/// The keys of presentation mode, shown on entering (for a few seconds) and on "?".
class HelpPanel : public QFrame
{
    Q_OBJECT
public:
    explicit HelpPanel(QWidget *parent);
    /// Key and what it does, in display order.
    static QList<QPair<QString, QString>> keys();
};

/// A one-line tag in a corner naming what the audience sees beyond the design as drawn
/// ("What if: no NAT gateways", "Cost heat map: $1,234/mo").
class StatusTag : public QFrame
{
    Q_OBJECT
public:
    explicit StatusTag(QWidget *parent);
    void setLines(const QStringList &lines);
    QStringList lines() const { return m_lines; }

private:
    QLabel *m_label;
    QStringList m_lines;
};

} // namespace Stackyard
