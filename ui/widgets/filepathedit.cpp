#include "ui/widgets/filepathedit.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace hullcheck::ui {

FilePathEdit::FilePathEdit(const QString &dialogTitle, QWidget *parent)
    : QWidget(parent)
    , m_dialogTitle(dialogTitle)
    , m_nameFilters{tr("PEM files (*.pem *.crt *.key)"), tr("All files (*)")}
    , m_edit(new QLineEdit(this))
    , m_browseButton(new QToolButton(this))
{
    m_edit->setClearButtonEnabled(true);
    m_browseButton->setText(tr("Browse…"));
    m_browseButton->setAccessibleName(tr("Browse for %1").arg(dialogTitle));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browseButton);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &FilePathEdit::pathChanged);
    connect(m_browseButton, &QToolButton::clicked, this, &FilePathEdit::browse);
}

FilePathEdit::~FilePathEdit() = default;

QString FilePathEdit::path() const
{
    return m_edit->text().trimmed();
}

void FilePathEdit::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FilePathEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void FilePathEdit::setSaveMode(const QString &defaultSuffix)
{
    m_saveMode = true;
    m_defaultSuffix = defaultSuffix;
}

void FilePathEdit::setNameFilters(const QStringList &filters)
{
    m_nameFilters = filters;
}

void FilePathEdit::browse()
{
    auto *dialog = new QFileDialog(this, m_dialogTitle);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    if (m_saveMode) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(m_defaultSuffix);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    dialog->setNameFilters(m_nameFilters);
    const QFileInfo current(path());
    if (!path().isEmpty()) {
        dialog->setDirectory(current.absolutePath());
        dialog->selectFile(current.fileName());
    }
    connect(dialog, &QFileDialog::fileSelected, this, &FilePathEdit::setPath);
    dialog->open();
}

} // namespace hullcheck::ui
