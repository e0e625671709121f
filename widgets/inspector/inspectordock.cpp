#include "inspectordock.h"

#include "designpanel.h"
#include "flowpanel.h"
#include "resourcepanel.h"

#include "widgets/palette/kindicon.h"

#include "model/document/designdocument.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

/// Several items selected: what they are (editing many at once is done on the canvas).
class SummaryPanel : public InspectorPanel
{
public:
    SummaryPanel(const DesignDocument *document, const QStringList &ids, QWidget *parent)
        : InspectorPanel(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(6, 6, 6, 6);
        auto *title = new QLabel(InspectorPanel::tr("%n items selected", nullptr, int(ids.size())), this);
        QFont big = title->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.2);
        title->setFont(big);
        layout->addWidget(title);
        for (const QString &id : ids) {
            const Resource *r = document->design().resource(id.toStdString());
            auto *row = new QLabel(this);
            row->setText(r ? QStringLiteral("%1  <span style='color:#5f6b7a'>%2 · %3</span>")
                                 .arg(QString::fromStdString(r->name).toHtmlEscaped(), QString::fromStdString(r->kind), id)
                           : InspectorPanel::tr("flow %1").arg(id));
            layout->addWidget(row);
        }
        auto *hint = new QLabel(InspectorPanel::tr("Align, distribute, move or delete them together from the Arrange and Edit menus."), this);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #5f6b7a; padding-top: 8px"));
        layout->addWidget(hint);
        layout->addStretch(1);
    }
    bool refresh() override { return false; }
};

} // namespace

InspectorDock::InspectorDock(DesignDocument *document, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("inspectorDock"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(m_scroll);
    connect(document, &DesignDocument::changed, this, &InspectorDock::onChanged);
    rebuild();
}

void InspectorDock::setSelection(const QStringList &ids)
{
    if (ids == m_selection && m_panel)
        return;
    m_selection = ids;
    rebuild();
    m_scroll->verticalScrollBar()->setValue(0);
}

void InspectorDock::onChanged(const ChangeSet &changes)
{
    // Deleted objects (or a new design) drop out of the selection.
    QStringList kept;
    for (const QString &id : std::as_const(m_selection))
        if (m_document->design().containsId(id.toStdString()))
            kept << id;
    if (changes.everything || kept != m_selection || !m_panel || !m_panel->refresh()) {
        m_selection = kept;
        rebuild();
    }
}

void InspectorDock::rebuild()
{
    const int scroll = m_scroll->verticalScrollBar()->value();
    const Design &design = m_document->design();
    InspectorPanel *panel = nullptr;
    if (m_selection.isEmpty()) {
        panel = new DesignPanel(m_document);
    } else if (m_selection.size() == 1 && design.resource(m_selection.first().toStdString())) {
        panel = new ResourcePanel(m_document, m_selection.first());
    } else if (m_selection.size() == 1 && design.flow(m_selection.first().toStdString())) {
        panel = new FlowPanel(m_document, m_selection.first());
    } else {
        panel = new SummaryPanel(m_document, m_selection, nullptr);
    }
    // The old page may be the sender of the edit being delivered: delete it later.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_panel = panel;
    m_scroll->setWidget(panel);
    m_scroll->verticalScrollBar()->setValue(scroll);
}

} // namespace Stackyard
