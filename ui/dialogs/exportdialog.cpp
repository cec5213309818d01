#include "ui/dialogs/exportdialog.h"

#include "ui/statuspalette.h"
#include "ui/widgets/filepathedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace hullcheck::ui {

namespace {

constexpr std::array<core::ReportFormat, 7> Formats{core::ReportFormat::Pdf,
                                                    core::ReportFormat::Html,
                                                    core::ReportFormat::Json,
                                                    core::ReportFormat::Csv,
                                                    core::ReportFormat::Sarif,
                                                    core::ReportFormat::Junit,
                                                    core::ReportFormat::Markdown};

} // namespace

ExportDialog::ExportDialog(const QString &baseName, const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_formatCombo(new QComboBox(this))
    , m_pathEdit(new FilePathEdit(tr("Export Report"), this))
    , m_includePassedCheck(new QCheckBox(tr("Include &passed results"), this))
    , m_pageSizeCombo(new QComboBox(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Report"));
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_includePassedCheck->setObjectName(QStringLiteral("includePassedCheck"));
    m_pageSizeCombo->setObjectName(QStringLiteral("pageSizeCombo"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    for (const core::ReportFormat format : Formats) {
        m_formatCombo->addItem(formatTitle(format), static_cast<int>(format));
    }
    m_pageSizeCombo->addItem(tr("A4"), static_cast<int>(core::PageSize::A4));
    m_pageSizeCombo->addItem(tr("Letter"), static_cast<int>(core::PageSize::Letter));
    m_pathEdit->setSaveMode(fileSuffix(core::ReportFormat::Pdf));
    m_pathEdit->setPath(QDir(directory).filePath(baseName + QLatin1Char('.') + fileSuffix(core::ReportFormat::Pdf)));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    setTextTone(m_errorLabel, Tone::Critical);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_formatCombo);
    form->addRow(tr("&File:"), m_pathEdit);
    form->addRow(QString(), m_includePassedCheck);
    form->addRow(tr("Page &size:"), m_pageSizeCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::handleFormatChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    handleFormatChanged();
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::fileSuffix(core::ReportFormat format)
{
    switch (format) {
    case core::ReportFormat::Junit: return QStringLiteral("xml");
    default: return core::reportFormatName(format);
    }
}

QString ExportDialog::formatTitle(core::ReportFormat format)
{
    switch (format) {
    case core::ReportFormat::Pdf: return tr("PDF document");
    case core::ReportFormat::Html: return tr("HTML page (self-contained)");
    case core::ReportFormat::Json: return tr("JSON report (hullcheck-report/1)");
    case core::ReportFormat::Csv: return tr("CSV, one row per result");
    case core::ReportFormat::Sarif: return tr("SARIF 2.1.0");
    case core::ReportFormat::Junit: return tr("JUnit XML");
    case core::ReportFormat::Markdown: return tr("Markdown");
    }
    return {};
}

core::ReportFormat ExportDialog::format() const
{
    return static_cast<core::ReportFormat>(m_formatCombo->currentData().toInt());
}

void ExportDialog::setFormat(core::ReportFormat format)
{
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(static_cast<int>(format)));
}

QString ExportDialog::path() const
{
    return m_pathEdit->path();
}

void ExportDialog::setPath(const QString &path)
{
    m_pathEdit->setPath(path);
}

core::ReportOptions ExportDialog::options() const
{
    core::ReportOptions options;
    // The format's default leaves the option unset, exactly as the CLI without --include-passed/--no-passed.
    if (format() != core::ReportFormat::Json &&
        m_includePassedCheck->isChecked() != core::includesPassedByDefault(format())) {
        options.includePassed = m_includePassedCheck->isChecked();
    }
    options.pageSize = static_cast<core::PageSize>(m_pageSizeCombo->currentData().toInt());
    return options;
}

void ExportDialog::setIncludePassed(bool include)
{
    m_includePassedCheck->setChecked(include);
}

void ExportDialog::setPageSize(core::PageSize size)
{
    m_pageSizeCombo->setCurrentIndex(m_pageSizeCombo->findData(static_cast<int>(size)));
}

void ExportDialog::handleFormatChanged()
{
    const core::ReportFormat current = format();
    const bool isJson = current == core::ReportFormat::Json;
    m_includePassedCheck->setChecked(isJson || core::includesPassedByDefault(current));
    m_includePassedCheck->setEnabled(!isJson); // the JSON report always lists every result
    m_pageSizeCombo->setEnabled(current == core::ReportFormat::Pdf);

    // Follow the format with the file's suffix when it is one of ours.
    const QString suffix = fileSuffix(current);
    m_pathEdit->setSaveMode(suffix);
    m_pathEdit->setNameFilters({tr("%1 (*.%2)").arg(formatTitle(current), suffix), tr("All files (*)")});
    const QFileInfo info(path());
    QStringList known;
    for (const core::ReportFormat format : Formats) {
        known.append(fileSuffix(format));
    }
    if (!path().isEmpty() && known.contains(info.suffix(), Qt::CaseInsensitive)) {
        m_pathEdit->setPath(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
    }
}

void ExportDialog::accept()
{
    const QFileInfo info(path());
    QString problem;
    if (path().isEmpty()) {
        problem = tr("Choose the file to write.");
    } else if (info.isDir()) {
        problem = tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path()));
    }
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        m_pathEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hullcheck::ui
