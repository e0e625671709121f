#include "inspectorpanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Stackyard {

QFormLayout *InspectorPanel::addSection(QWidget *owner, const QString &title, QGroupBox **box)
{
    auto *group = new QGroupBox(title, owner);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    owner->layout()->addWidget(group);
    if (box)
        *box = group;
    return form;
}

void InspectorPanel::addWideRow(QFormLayout *form, const QString &title, QWidget *editor)
{
    auto *label = new QLabel(title);
    label->setStyleSheet(QStringLiteral("font-weight: 600; padding-top: 6px"));
    label->setToolTip(editor->toolTip());
    form->addRow(label);
    form->addRow(editor);
}

QWidget *InspectorPanel::header(const QIcon &icon, QWidget *title, const QString &subtitle, QWidget *owner)
{
    auto *box = new QWidget(owner);
    auto *iconLabel = new QLabel(box);
    iconLabel->setPixmap(icon.pixmap(QSize(40, 40), owner->devicePixelRatioF()));
    iconLabel->setFixedSize(44, 44);
    auto *sub = new QLabel(subtitle, box);
    sub->setObjectName(QStringLiteral("headerSubtitle"));
    sub->setStyleSheet(QStringLiteral("color: palette(mid)"));
    sub->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title);
    text->addWidget(sub);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(4, 4, 4, 8);
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    return box;
}

} // namespace Stackyard
