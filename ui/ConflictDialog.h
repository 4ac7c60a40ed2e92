#pragma once
// A save that found the product changed (or deleted) by someone else meanwhile: every field
// that differs, mine beside theirs, and which one to keep. Nothing is saved until the person
// chooses; resolved() is then the product to save, based on the version the catalog holds.
//   ConflictDialog dialog(conflict, this);
//   if (dialog.exec() == QDialog::Accepted && dialog.resolved()) store->scheduleSave(*dialog.resolved());

#include "services/storage/Catalog.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QTableWidget;

namespace pb {

class CatalogStore;
class ProductEditor;
class Prompts;

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const SaveConflict& conflict, QWidget* parent = nullptr);
    // The fields that differ, by their document key ("name", "prices", ...).
    QStringList fields() const { return m_fields; }
    // Chooses mine (true) or theirs for one field, as the combo box in its row does.
    void keepMine(const QString& field, bool mine);
    // What to save: theirs with the fields chosen from mine, at theirs' version; or, when theirs
    // was deleted and the person keeps theirs (the deletion), nothing.
    std::optional<CatalogEntry> resolved() const;

    // The window's answer to CatalogStore::saveConflicted: a dialog per conflict, then the chosen
    // version saved, and shown when the editor has that product open.
    static void resolve(const QList<SaveConflict>& conflicts, CatalogStore* store, ProductEditor* editor, Prompts* prompts,
                        QWidget* parent);

public Q_SLOTS:
    // Nothing of the edit is saved yet: closing the dialog would drop it, so a choice is needed.
    void reject() override {}

private:
    SaveConflict m_conflict;
    QJsonObject m_mine;
    QJsonObject m_theirs;
    QStringList m_fields;
    QTableWidget* m_table = nullptr;
    QList<QComboBox*> m_choices;
    QComboBox* m_deletedChoice = nullptr;
};

} // namespace pb
