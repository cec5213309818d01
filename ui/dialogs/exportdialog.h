#pragma once

#include "core/report/reportinput.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace hullcheck::ui {

class FilePathEdit;

// File → Export…: the report format, the file to write and the options of `hullcheck-cli scan` (include passed
// results, PDF page size). The caller renders and writes; the dialog only collects the choice.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `baseName` is the default file name without its suffix ("hullcheck-<daemon>-<date>"), in `directory`.
    ExportDialog(const QString &baseName, const QString &directory, QWidget *parent = nullptr);
    ~ExportDialog() override;

    core::ReportFormat format() const;
    void setFormat(core::ReportFormat format);
    QString path() const;
    void setPath(const QString &path);
    // The options as `hullcheck-cli scan` would get them for the same choice.
    core::ReportOptions options() const;
    void setIncludePassed(bool include);
    void setPageSize(core::PageSize size);

    // The usual suffix of a report file: "pdf", "sarif", "xml" for JUnit, "md" for Markdown.
    static QString fileSuffix(core::ReportFormat format);
    static QString formatTitle(core::ReportFormat format);

public slots:
    void accept() override;

private:
    void handleFormatChanged();

    QComboBox *m_formatCombo = nullptr;
    FilePathEdit *m_pathEdit = nullptr;
    QCheckBox *m_includePassedCheck = nullptr;
    QComboBox *m_pageSizeCombo = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hullcheck::ui
