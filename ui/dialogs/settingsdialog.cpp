#include "ui/dialogs/settingsdialog.h"

#include "ui/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace hullcheck::ui {

namespace {

const QString TimeoutKey = QStringLiteral("connection/timeout_seconds");
constexpr int MinimumTimeoutSeconds = 1;
constexpr int MaximumTimeoutSeconds = 600;

} // namespace

SettingsDialog::SettingsDialog(QString activeLanguage, QWidget *parent)
    : QDialog(parent)
    , m_activeLanguage(std::move(activeLanguage))
    , m_language(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
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
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(MinimumTimeoutSeconds, MaximumTimeoutSeconds);
    //: Unit after the timeout value (seconds)
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(storedTimeoutSeconds());
    m_timeout->setToolTip(tr("How long a scan waits for each answer of the daemon before it reports the daemon as "
                             "not answering. Applies from the next scan."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Daemon &timeout:"), m_timeout);
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

int SettingsDialog::selectedTimeoutSeconds() const
{
    return m_timeout->value();
}

int SettingsDialog::storedTimeoutSeconds()
{
    bool valid = false;
    const int seconds = QSettings().value(TimeoutKey).toInt(&valid);
    return valid && seconds >= MinimumTimeoutSeconds && seconds <= MaximumTimeoutSeconds ? seconds
                                                                                         : DefaultTimeoutSeconds;
}

void SettingsDialog::accept()
{
    storeLanguage(selectedLanguage());
    if (selectedTimeoutSeconds() == DefaultTimeoutSeconds) {
        QSettings().remove(TimeoutKey);
    } else {
        QSettings().setValue(TimeoutKey, selectedTimeoutSeconds());
    }
    QDialog::accept();
}

void SettingsDialog::updateRestartNote()
{
    m_restartNote->setVisible(selectedLanguage() != m_activeLanguage);
}

} // namespace hullcheck::ui
