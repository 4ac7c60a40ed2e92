#pragma once

#include <QDialog>

class QComboBox;

namespace pb {

// Edit ▸ Preferences: the language of the window (the system's, or one chosen here). The choice
// is saved in the settings when the dialog is accepted and takes effect at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // The code selected ("" for the system's language).
    QString selectedLanguage() const;

    void accept() override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace pb
