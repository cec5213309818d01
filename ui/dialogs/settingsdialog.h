#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace hullcheck::ui {

// Application settings: the interface language and how long to wait for the daemon. They are stored when the
// dialog is accepted. The language takes effect at the next start, because every window and dialog already built
// holds its translated texts; the timeout applies from the next scan.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `activeLanguage` is the language this run uses (LanguageSetup::language()), to say whether a restart is due.
    explicit SettingsDialog(QString activeLanguage, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString selectedLanguage() const;
    int selectedTimeoutSeconds() const;

    // How long a scan waits for each answer of the daemon (QSettings "connection/timeout_seconds"), 1 to 600 s.
    static int storedTimeoutSeconds();
    static constexpr int DefaultTimeoutSeconds = 30;

    void accept() override;

private:
    void updateRestartNote();

    QString m_activeLanguage;
    QComboBox *m_language = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace hullcheck::ui
