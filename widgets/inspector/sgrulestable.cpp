#include "sgrulestable.h"

#include "cidreditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

enum Column { ProtocolColumn, PortsColumn, PeerKindColumn, PeerColumn, DescriptionColumn };
const QStringList kProtocols{"tcp", "udp", "icmp", "all"};
const QStringList kPeerKinds{"cidr", "sg", "prefix-list"};

void markInvalid(QWidget *w, const QString &why)
{
    w->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("border: 2px solid #d13212"));
    w->setToolTip(why);
}

} // namespace

SgRulesTable::SgRulesTable(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 5, this))
{
    m_table->setHorizontalHeaderLabels({tr("Protocol"), tr("Ports"), tr("Peer kind"), tr("Peer"), tr("Description")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *label = new QLabel(title, this);
    auto *add = new QPushButton(tr("Add rule"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addRule"));
    remove->setObjectName(QStringLiteral("removeRule"));
    add->setToolTip(tr("Append a rule (TCP 443 from 10.0.0.0/16)"));
    remove->setToolTip(tr("Remove the selected rule"));
    auto *header = new QHBoxLayout;
    header->addWidget(label, 1);
    header->addWidget(add);
    header->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_table);

    connect(add, &QPushButton::clicked, this, [this] {
        std::vector<SgRule> rules = m_rules;
        rules.push_back({Protocol::Tcp, PortRange::single(443), PeerKind::Cidr, "10.0.0.0/16", {}});
        emit rulesEdited(rules);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= int(m_rules.size()))
            return;
        std::vector<SgRule> rules = m_rules;
        rules.erase(rules.begin() + row);
        emit rulesEdited(rules);
    });
}

void SgRulesTable::setRules(const std::vector<SgRule> &rules, const QStringList &groups)
{
    const bool sameShape = int(rules.size()) == m_table->rowCount() && groups == m_groups;
    m_rules = rules;
    m_groups = groups;
    if (!sameShape) {
        rebuild();
        return;
    }
    for (int row = 0; row < int(m_rules.size()); ++row)
        showRow(row);
}

QString SgRulesTable::peerProblem(PeerKind kind, const QString &peer)
{
    switch (kind) {
    case PeerKind::Cidr:
        return CidrEditor::problem(peer);
    case PeerKind::SecurityGroup:
        return peer.isEmpty() ? tr("Name a security group") : QString();
    case PeerKind::PrefixList:
        return peer.startsWith(QLatin1String("pl-")) ? QString() : tr("A prefix list starts with pl- (pl-s3, pl-dynamodb or an id)");
    }
    return {};
}

void SgRulesTable::rebuild()
{
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < int(m_rules.size()); ++row) {
        const QString prefix = QStringLiteral("%1.%2.").arg(objectName()).arg(row);
        auto *protocol = new QComboBox;
        protocol->addItems(kProtocols);
        protocol->setObjectName(prefix + QStringLiteral("protocol"));
        auto *ports = new QLineEdit;
        ports->setObjectName(prefix + QStringLiteral("ports"));
        ports->setFrame(false);
        ports->setPlaceholderText(QStringLiteral("443, 8000-8080, all"));
        auto *peerKind = new QComboBox;
        peerKind->addItems(kPeerKinds);
        peerKind->setObjectName(prefix + QStringLiteral("peerKind"));
        auto *peer = new QComboBox;
        peer->setEditable(true);
        peer->setInsertPolicy(QComboBox::NoInsert);
        peer->setObjectName(prefix + QStringLiteral("peer"));
        auto *description = new QLineEdit;
        description->setFrame(false);
        description->setObjectName(prefix + QStringLiteral("description"));
        m_table->setCellWidget(row, ProtocolColumn, protocol);
        m_table->setCellWidget(row, PortsColumn, ports);
        m_table->setCellWidget(row, PeerKindColumn, peerKind);
        m_table->setCellWidget(row, PeerColumn, peer);
        m_table->setCellWidget(row, DescriptionColumn, description);
        showRow(row);

        connect(protocol, &QComboBox::activated, this, [this, row, protocol] {
            SgRule rule = m_rules[row];
            rule.protocol = parseProtocol(protocol->currentText().toStdString()).value_or(Protocol::Tcp);
            if (rule.protocol == Protocol::All)
                rule.ports = PortRange::all();
            commit(row, rule);
        });
        connect(ports, &QLineEdit::editingFinished, this, [this, row, ports] {
            const std::optional<PortRange> range = PortRange::parse(ports->text().trimmed().toStdString());
            if (!range || !range->isValid()) {
                markInvalid(ports, tr("A port (443), a range (8000-8080) or all"));
                return;
            }
            markInvalid(ports, {});
            SgRule rule = m_rules[row];
            rule.ports = *range;
            commit(row, rule);
        });
        connect(peerKind, &QComboBox::activated, this, [this, row, peerKind] {
            SgRule rule = m_rules[row];
            rule.peerKind = PeerKind(peerKind->currentIndex());
            if (!peerProblem(rule.peerKind, QString::fromStdString(rule.peer)).isEmpty())
                rule.peer = rule.peerKind == PeerKind::Cidr ? "0.0.0.0/0"
                            : rule.peerKind == PeerKind::PrefixList ? "pl-s3"
                                                                    : m_groups.value(0).toStdString();
            commit(row, rule);
        });
        auto commitPeer = [this, row, peer] {
            SgRule rule = m_rules[row];
            const QString text = peer->currentText().trimmed();
            const QString why = peerProblem(rule.peerKind, text);
            markInvalid(peer, why);
            if (!why.isEmpty() || text.toStdString() == rule.peer)
                return;
            rule.peer = text.toStdString();
            commit(row, rule);
        };
        connect(peer->lineEdit(), &QLineEdit::editingFinished, this, commitPeer);
        connect(peer, &QComboBox::activated, this, commitPeer);
        connect(peer->lineEdit(), &QLineEdit::textEdited, this, [this, row, peer](const QString &text) {
            markInvalid(peer, peerProblem(m_rules[row].peerKind, text.trimmed()));
        });
        connect(description, &QLineEdit::editingFinished, this, [this, row, description] {
            SgRule rule = m_rules[row];
            rule.description = description->text().toStdString();
            commit(row, rule);
        });
    }
    m_table->resizeColumnsToContents();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 4
                            + std::max(1, m_table->rowCount()) * m_table->verticalHeader()->defaultSectionSize());
}

void SgRulesTable::showRow(int row)
{
    const SgRule &rule = m_rules[row];
    auto *protocol = static_cast<QComboBox *>(m_table->cellWidget(row, ProtocolColumn));
    auto *ports = static_cast<QLineEdit *>(m_table->cellWidget(row, PortsColumn));
    auto *peerKind = static_cast<QComboBox *>(m_table->cellWidget(row, PeerKindColumn));
    auto *peer = static_cast<QComboBox *>(m_table->cellWidget(row, PeerColumn));
    auto *description = static_cast<QLineEdit *>(m_table->cellWidget(row, DescriptionColumn));
    for (QWidget *w : {static_cast<QWidget *>(protocol), static_cast<QWidget *>(ports), static_cast<QWidget *>(peerKind),
                       static_cast<QWidget *>(peer), static_cast<QWidget *>(description)})
        w->blockSignals(true);
    protocol->setCurrentIndex(kProtocols.indexOf(QString::fromLatin1(protocolName(rule.protocol))));
    ports->setText(QString::fromStdString(rule.ports.toString()));
    ports->setEnabled(rule.protocol != Protocol::All);
    markInvalid(ports, {});
    peerKind->setCurrentIndex(int(rule.peerKind));
    peer->clear();
    if (rule.peerKind == PeerKind::SecurityGroup)
        peer->addItems(m_groups);
    else if (rule.peerKind == PeerKind::Cidr)
        peer->addItems({QStringLiteral("0.0.0.0/0"), QStringLiteral("10.0.0.0/16")});
    else
        peer->addItems({QStringLiteral("pl-s3"), QStringLiteral("pl-dynamodb")});
    peer->setCurrentText(QString::fromStdString(rule.peer));
    peer->lineEdit()->setText(QString::fromStdString(rule.peer));
    markInvalid(peer, {});
    description->setText(QString::fromStdString(rule.description));
    for (QWidget *w : {static_cast<QWidget *>(protocol), static_cast<QWidget *>(ports), static_cast<QWidget *>(peerKind),
                       static_cast<QWidget *>(peer), static_cast<QWidget *>(description)})
        w->blockSignals(false);
}

void SgRulesTable::commit(int row, const SgRule &rule)
{
    if (row >= int(m_rules.size()) || m_rules[row] == rule)
        return;
    std::vector<SgRule> rules = m_rules;
    rules[row] = rule;
    emit rulesEdited(rules);
}

} // namespace Stackyard
