#include "flowpanel.h"

#include "model/document/designdocument.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <functional>

namespace Stackyard {

FlowPanel::FlowPanel(DesignDocument *document, const QString &id, QWidget *parent)
    : InspectorPanel(parent)
    , m_document(document)
    , m_id(id)
    , m_title(new QLabel(this))
    , m_ends(new QLabel(this))
    , m_protocol(new QComboBox(this))
    , m_ports(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_volume(new QDoubleSpinBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(8);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(header(QIcon(QStringLiteral(":/icons/action-connect.svg")), m_title, tr("Flow · id %1").arg(id), this));
    m_protocol->setObjectName(QStringLiteral("flowProtocol"));
    m_protocol->addItems({"tcp", "udp", "icmp", "all"});
    m_ports->setObjectName(QStringLiteral("flowPorts"));
    m_ports->setToolTip(tr("A port (443), a range (8000-8080) or all"));
    m_label->setObjectName(QStringLiteral("flowLabel"));
    m_volume->setObjectName(QStringLiteral("flowVolume"));
    m_volume->setRange(-1, 1e9);
    m_volume->setSpecialValueText(tr("not given"));
    m_volume->setSuffix(tr(" GB/month"));
    m_volume->setKeyboardTracking(false);
    m_volume->setToolTip(tr("Data volume per month, for the cost of NAT and endpoint data processing"));

    QFormLayout *form = addSection(this, tr("Traffic"));
    form->addRow(tr("Between"), m_ends);
    form->addRow(tr("Protocol"), m_protocol);
    form->addRow(tr("Ports"), m_ports);
    form->addRow(tr("Label"), m_label);
    form->addRow(tr("Volume"), m_volume);
    layout->addStretch(1);

    connect(m_protocol, &QComboBox::activated, this, [this] {
        commit([this](Flow &f) { f.protocol = parseProtocol(m_protocol->currentText().toStdString()).value_or(Protocol::Tcp); });
    });
    connect(m_ports, &QLineEdit::editingFinished, this, [this] {
        const std::optional<PortRange> range = PortRange::parse(m_ports->text().trimmed().toStdString());
        m_ports->setStyleSheet(range && range->isValid() ? QString() : QStringLiteral("border: 2px solid #d13212"));
        if (range && range->isValid())
            commit([range](Flow &f) { f.ports = *range; });
    });
    connect(m_label, &QLineEdit::editingFinished, this, [this] { commit([this](Flow &f) { f.label = m_label->text().toStdString(); }); });
    connect(m_volume, &QDoubleSpinBox::valueChanged, this, [this](double v) { commit([v](Flow &f) { f.monthlyGb = v; }); });
    refresh();
}

void FlowPanel::commit(const std::function<void(Flow &)> &change)
{
    const Flow *flow = m_document->design().flow(m_id.toStdString());
    if (!flow)
        return;
    Flow after = *flow;
    change(after);
    if (!(after == *flow))
        m_document->setFlow(after);
}

bool FlowPanel::refresh()
{
    const Design &d = m_document->design();
    const Flow *f = d.flow(m_id.toStdString());
    if (!f)
        return false;
    auto nameOf = [&d](const Id &id) {
        const Resource *r = d.resource(id);
        return QString::fromStdString(r && !r->name.empty() ? r->name : id);
    };
    m_title->setText(f->label.empty() ? tr("%1 → %2").arg(nameOf(f->from), nameOf(f->to)) : QString::fromStdString(f->label));
    m_ends->setText(tr("%1 → %2").arg(nameOf(f->from), nameOf(f->to)));
    const QSignalBlocker b1(m_protocol), b2(m_volume);
    m_protocol->setCurrentText(QString::fromLatin1(protocolName(f->protocol)));
    if (!m_ports->hasFocus())
        m_ports->setText(QString::fromStdString(f->ports.toString()));
    if (!m_label->hasFocus())
        m_label->setText(QString::fromStdString(f->label));
    m_volume->setValue(f->monthlyGb);
    return true;
}

} // namespace Stackyard
