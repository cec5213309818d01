#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace hullcheck::ui {

// A line edit for a file path with a "Browse…" button that opens a (non-modal-blocking) file dialog.
class FilePathEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePathEdit)

public:
    explicit FilePathEdit(const QString &dialogTitle, QWidget *parent = nullptr);
    ~FilePathEdit() override;

    QString path() const;
    void setPath(const QString &path);
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    // Browse… asks for a file to write (a save dialog) instead of an existing file.
    void setSaveMode(const QString &defaultSuffix);
    void setNameFilters(const QStringList &filters);

signals:
    void pathChanged(const QString &path);

private:
    void browse();

    QString m_dialogTitle;
    QStringList m_nameFilters;
    QString m_defaultSuffix;
    bool m_saveMode = false;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_browseButton = nullptr;
};

} // namespace hullcheck::ui
