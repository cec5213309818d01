#pragma once

#include "core/docker/endpoint.h"
#include "core/docker/endpointresolver.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
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
    // The resolved endpoint; valid once accepted.
    const core::Endpoint &endpoint() const { return m_endpoint; }

public slots:
    void accept() override;

private:
    void buildForm();
    void fillContexts();
    void updateEnabled();
    void showError(const QString &message);
    void loadSettings();
    void saveSettings() const;

    core::EndpointResolver m_resolver;
    core::Endpoint m_endpoint;

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
    FilePathEdit *m_caEdit = nullptr;
    FilePathEdit *m_certEdit = nullptr;
    FilePathEdit *m_keyEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hullcheck::ui
