#include "ui/dialogs/settingsdialog.h"

#include "ui/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hullcheck::ui {

SettingsDialog::SettingsDialog(QString activeLanguage, QWidget *parent)
    : QDialog(parent)
    , m_activeLanguage(std::move(activeLanguage))
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(tr("The new language takes effect after Hullcheck is restarted."), this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const LanguageChoice &choice : availableLanguages()) {
        m_language->addItem(choice.name, choice.code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(storedLanguage())));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    updateRestartNote();
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    storeLanguage(selectedLanguage());
    QDialog::accept();
}

void SettingsDialog::updateRestartNote()
{
    m_restartNote->setVisible(selectedLanguage() != m_activeLanguage);
}

} // namespace hullcheck::ui
