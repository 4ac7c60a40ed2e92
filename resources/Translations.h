#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Picks the language and installs Pricebook's catalogue and Qt's own (standard buttons, dialogs).
// Call once in main(), after the application object and its name exist, before any window:
//   pb::Translations::install(app, parser.value("language"));
namespace pb::Translations {

// The settings key an explicit choice is kept under ("" or absent: follow the system).
QString settingsKey();

// The languages Pricebook speaks, as codes ("en", "de"); English is the source language.
QStringList available();

// The language's own name for itself ("Deutsch"), for the preferences list.
QString nativeName(const QString& code);

// Removes "--language CODE" or "--language=CODE" from `arguments` and returns CODE ("" when
// absent): the language has to be known before any translated text, such as --help, is made.
QString takeLanguageOption(QStringList& arguments);

// The language to use: `requested` when not empty (the --language option), else the saved
// setting, else the system locale's first language Pricebook speaks, else English.
QString choose(const QString& requested);

// Installs the catalogues for choose(requested), makes its locale the default (so money and
// dates follow the language), and returns the code used. An unknown code yields English and
// `error` says so.
QString install(QCoreApplication& app, const QString& requested, QString* error = nullptr);

} // namespace pb::Translations
