#include "exportdialog.h"

#include "codehighlighter.h"

#include "widgets/i18n/modeltext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Stackyard {

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

ExportDialog::ExportDialog(const Design &design, const std::vector<Finding> &findings, int exporterIndex, QWidget *parent)
    : QDialog(parent), m_design(design)
{
    setWindowTitle(tr("Export"));
    resize(1000, 680);

    m_format = new QComboBox(this);
    for (const ExporterInfo &info : exporters())
        m_format->addItem(text(info.title), text(info.id));
    m_format->setToolTip(tr("The format to export the design to"));

    // Findings of severity error: the export is written anyway, but the user sees them first.
    m_errors = new QLabel(this);
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::RichText);
    m_errors->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e0a8a0; border-radius: 4px; padding: 8px; color: #611a15; }"));
    QStringList errors;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            errors << ModelText::findingMessage(f);
    if (errors.empty()) {
        m_errors->hide();
    } else {
        constexpr int kShown = 3, kLength = 150;
        QString list;
        for (int i = 0; i < errors.size() && i < kShown; ++i) {
            const QString &e = errors[i];
            list += QStringLiteral("<li>%1</li>").arg((e.size() > kLength ? e.left(kLength - 1) + QChar(0x2026) : e).toHtmlEscaped());
        }
        if (errors.size() > kShown)
            list += QStringLiteral("<li>%1</li>").arg(tr("… and %n more", nullptr, int(errors.size() - kShown)));
        m_errors->setText(tr("<b>⚠ The design has %n error(s)</b> — the export will be written, but it may not deploy "
                             "or work until they are fixed (see the Findings panel):", nullptr, int(errors.size()))
                          + QStringLiteral("<ul style=\"margin: 4px 0 0 0\">%1</ul>").arg(list));
        m_errors->setToolTip(errors.join(QLatin1Char('\n')));
    }

    m_files = new QListWidget(this);
    m_files->setToolTip(tr("The files this export writes; the first is the main one"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new CodeHighlighter(m_preview->document());
    auto *split = new QSplitter(this);
    split->addWidget(m_files);
    split->addWidget(m_preview);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 780});

    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    exportButton->setToolTip(tr("Choose where to write the files"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(split, 1);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);

    connect(m_files, &QListWidget::currentRowChanged, this, &ExportDialog::showFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::runExporter);
    m_format->setCurrentIndex(exporterIndex); // runs the exporter when the index changes…
    if (exporterIndex == 0)
        runExporter(); // …and here when it does not
}

int ExportDialog::exporterIndex() const
{
    return m_format->currentIndex();
}

void ExportDialog::runExporter()
{
    const int index = m_format->currentIndex();
    if (index < 0)
        return;
    m_result = exporters().at(std::size_t(index)).run(m_design);
    const QSignalBlocker block(m_files);
    m_files->clear();
    for (const ExportFile &f : m_result.files)
        m_files->addItem(QString::fromStdString(f.path));
    QStringList notes;
    for (const Diagnostic &d : m_result.diagnostics)
        notes << QString::fromStdString(d.toString()).toHtmlEscaped();
    m_notes->setText(notes.isEmpty() ? QString()
                                     : tr("<b>%n note(s) from the exporter:</b>", nullptr, int(notes.size())) + QStringLiteral("<br>")
                                           + notes.join(QStringLiteral("<br>")));
    m_notes->setVisible(!notes.isEmpty());
    m_files->setCurrentRow(m_result.files.empty() ? -1 : 0);
    showFile(m_files->currentRow());
}

void ExportDialog::showFile(int row)
{
    if (row < 0 || std::size_t(row) >= m_result.files.size()) {
        m_preview->clear();
        return;
    }
    const ExportFile &file = m_result.files[std::size_t(row)];
    m_highlighter->setLanguage(CodeHighlighter::languageOf(QString::fromStdString(file.path)));
    m_preview->setPlainText(QString::fromStdString(file.text));
}

} // namespace Stackyard
