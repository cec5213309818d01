#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace hullcheck::ui {

// Application settings: for now the interface language. The choice is stored when the dialog is accepted and
// takes effect at the next start, because every window and dialog already built holds its translated texts.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `activeLanguage` is the language this run uses (LanguageSetup::language()), to say whether a restart is due.
    explicit SettingsDialog(QString activeLanguage, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString selectedLanguage() const;

    void accept() override;

private:
    void updateRestartNote();

    QString m_activeLanguage;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace hullcheck::ui
