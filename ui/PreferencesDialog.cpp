#include "PreferencesDialog.h"

#include "resources/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace pb {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    const int saved = m_language->findData(QSettings().value(Translations::settingsKey()).toString());
    m_language->setCurrentIndex(saved < 0 ? 0 : saved);
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto* note = new QLabel(tr("A new language takes effect when Pricebook is started again. The --language option "
                               "overrides this choice for one start."),
                            this);
    note->setObjectName(QStringLiteral("languageNoteLabel"));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PreferencesDialog::selectedLanguage() const { return m_language->currentData().toString(); }

void PreferencesDialog::accept()
{
    QSettings settings;
    if (selectedLanguage().isEmpty())
        settings.remove(Translations::settingsKey());
    else
        settings.setValue(Translations::settingsKey(), selectedLanguage());
    QDialog::accept();
}

} // namespace pb
