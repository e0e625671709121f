#include "palettewidget.h"

#include "kindicon.h"

#include "widgets/canvas/designscene.h"
#include "widgets/i18n/modeltext.h"

#include "model/core/catalog.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

/// Drags the selected kind with the scene's MIME type.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(DesignScene::kMimeType)}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.first()->data(0, kKindRole).toString().isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(QString::fromLatin1(DesignScene::kMimeType), items.first()->data(0, kKindRole).toString().toUtf8());
        return data;
    }
};

/// Categories in the order an architect builds: the network first, then what runs in it.
const QStringList kCategoryOrder{"networking", "containers", "compute", "database", "storage", "security",
                                 "management", "integration", "analytics", "devtools", "external"};

QString categoryTitle(const QString &category)
{
    static const QHash<QString, QString> titles{
        {"networking", QObject::tr("Networking & content delivery")}, {"containers", QObject::tr("Containers")},
        {"compute", QObject::tr("Compute")}, {"database", QObject::tr("Database")}, {"storage", QObject::tr("Storage")},
        {"security", QObject::tr("Security, identity & compliance")}, {"management", QObject::tr("Management & governance")},
        {"integration", QObject::tr("Application integration")}, {"analytics", QObject::tr("Analytics")},
        {"devtools", QObject::tr("Developer tools")}, {"external", QObject::tr("Outside AWS")}};
    return titles.value(category, category);
}

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
{
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search resources…"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("paletteTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setIconSize(QSize(28, 28));
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setUniformRowHeights(true);

    QHash<QString, QTreeWidgetItem *> groups;
    for (const QString &category : kCategoryOrder) {
        auto *group = new QTreeWidgetItem(m_tree, {categoryTitle(category)});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        groups.insert(category, group);
    }
    for (const KindSpec &spec : Catalog::builtin().kinds()) {
        if (!spec.placeable)
            continue;
        const QString category = QString::fromStdString(spec.category);
        QTreeWidgetItem *group = groups.value(category);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {categoryTitle(category)});
            group->setFlags(Qt::ItemIsEnabled);
            groups.insert(category, group);
        }
        const QString kind = QString::fromStdString(spec.kind);
        auto *item = new QTreeWidgetItem(group, {ModelText::kindTitle(spec.title)});
        item->setIcon(0, kindIcon(kind));
        item->setData(0, kKindRole, kind);
        item->setToolTip(0, QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                                .arg(ModelText::kindTitle(spec.title).toHtmlEscaped(), ModelText::kindDoc(spec.doc).toHtmlEscaped(),
                                     tr("Drag onto the canvas, or double-click to add into the selected container")));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    for (int i = m_tree->topLevelItemCount() - 1; i >= 0; --i)
        if (m_tree->topLevelItem(i)->childCount() == 0)
            delete m_tree->takeTopLevelItem(i);
    m_tree->expandAll();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::setFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString kind = item->data(0, kKindRole).toString();
        if (!kind.isEmpty())
            emit kindActivated(kind);
    });
}

void PaletteWidget::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int visible = 0;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool match = needle.isEmpty() || groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->data(0, kKindRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

} // namespace Stackyard
