#pragma once

#include "core/docker/endpoint.h"
#include "core/docker/endpointresolver.h"
#include "core/settings/connectionprofiles.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hullcheck::ui {

class FilePathEdit;

// Chooses the daemon to connect to: as the environment says (like the docker CLI), a docker context, or a
// -H style host with TLS settings. Accepting resolves the choice; resolution errors stay in the dialog.
// The last choice is remembered in QSettings (paths only, never key material).
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    enum class Mode { Environment, Context, Host };

    explicit ConnectDialog(core::EndpointResolver resolver, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    Mode mode() const;
    void setMode(Mode mode);

    // The choice as docker CLI flags; the dialog's answer once accepted.
    core::ConnectionOptions options() const;
    // Fills the form from docker CLI flags (a profile's).
    void setOptions(const core::ConnectionOptions &options);
    // The profile the dialog was accepted with; empty when none was chosen or saved.
    QString profileName() const;

    // The resolved endpoint; valid once accepted.
    const core::Endpoint &endpoint() const { return m_endpoint; }

public slots:
    void accept() override;
    // Resolves the form and pings the daemon off the GUI thread; shows its name and versions, or the error.
    void testConnection();
    void saveProfile();
    void removeProfile();

signals:
    void connectionTested(bool ok, const QString &text);

private:
    void buildForm();
    void fillContexts();
    void updateEnabled();
    void showError(const QString &message);
    void fillProfiles(const QString &current);
    void handleProfileChosen();
    void loadSettings();
    void saveSettings() const;

    core::EndpointResolver m_resolver;
    core::Endpoint m_endpoint;
    core::ConnectionProfiles *m_profiles = nullptr;
    quint64 m_testGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_testCancel = std::make_shared<std::atomic_bool>(false);

    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_profileNameEdit = nullptr;
    QPushButton *m_saveProfileButton = nullptr;
    QPushButton *m_removeProfileButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testLabel = nullptr;

    QButtonGroup *m_modeGroup = nullptr;
    QRadioButton *m_environmentRadio = nullptr;
    QLabel *m_environmentPreview = nullptr;
    QRadioButton *m_contextRadio = nullptr;
    QComboBox *m_contextCombo = nullptr;
    QRadioButton *m_hostRadio = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QGroupBox *m_tlsGroup = nullptr;
    QCheckBox *m_verifyCheck = nullptr;
    QLabel *m_verifyWarning = nullptr;
    QLabel *m_plainTcpWarning = nullptr;
    FilePathEdit *m_caEdit = nullptr;
    FilePathEdit *m_certEdit = nullptr;
    FilePathEdit *m_keyEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hullcheck::ui
