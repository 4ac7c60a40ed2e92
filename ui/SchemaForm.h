#pragma once
// Binds a provider schema's fields to editors in a QFormLayout: one row per field (label,
// editor, inline message). load() shows a product's values and which rows are visible and
// required; edits come back as edited(key, value) in the model's terms. A row's editor that
// has the keyboard focus is never overwritten, so refreshing while typing moves nothing.
//   SchemaForm form(formLayout, -1);   // -1: the product's own fields; 0, 1, ...: that price's
//   const ProviderSchema& schema = schemaOf(entry.provider);
//   form.build(schema, schema.productFields);
//   connect(&form, &SchemaForm::edited, this, &Editor::apply);
//   form.load(entry.product);

#include "models/ProviderSchema.h"
#include "models/Validator.h"

#include <QFormLayout>
#include <QHash>
#include <QSet>

class QLabel;

namespace pb {

class SchemaForm : public QObject
{
    Q_OBJECT

public:
    SchemaForm(QFormLayout* layout, int priceIndex, QObject* parent = nullptr);

    // Rows of fields marked moreOptions go into `more` (the form's "More options" section)
    // instead of the main layout. Set before build().
    void setMoreLayout(QFormLayout* more) { m_moreLayout = more; }
    void build(const ProviderSchema& schema, const QList<FieldSpec>& fields, bool updateOnly = false);
    void clear();
    void setPriceIndex(int index) { m_priceIndex = index; }
    // Shows the values without letting them change (an archived price): every editor is
    // disabled, greyed, and no edit leaves the form.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    int priceIndex() const { return m_priceIndex; }
    void load(const Product& product);
    // Messages for this form's fields; only fields the person has left (or all, after a
    // submit attempt) show theirs.
    void showMessages(const QList<FieldMessage>& messages, bool all);
    void touchAll();
    // Text typed that is not a value yet, as "Label: message" lines (nothing can be sent meanwhile).
    QStringList inputErrors() const;
    // Commits what is typed in every row but not committed yet (a shortcut does not leave the field).
    void commitTyping();
    // Forgets what was typed into this form for another product: rejected text, touched rows.
    void resetInput();
    QWidget* editor(const QString& key) const;
    bool isRowVisible(const QString& key) const;
    bool isRequired(const QString& key) const;
    QString message(const QString& key) const;
    static QString objectNameFor(const QString& key, const char* suffix);
    // Rows in the "More options" layout that the product's values show.
    bool hasMoreRows() const;
    // The "More options" rows that hold something worth seeing: a value other than the one
    // `blank` (a product as Pricebook starts it) has and the provider's assumed default, or a
    // message, or text that is not a value.
    QStringList moreRowsInUse(const Product& product, const Product& blank) const;
    // "More options" rows showing a message or holding rejected text.
    int moreMessageCount() const;

Q_SIGNALS:
    void edited(const QString& key, const QVariant& value);
    void inputRejected(const QString& key, const QString& message);

private:
    struct Row {
        const FieldSpec* field = nullptr;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QLabel* message = nullptr;
        QLabel* hint = nullptr; // why a row became required through another field
        QWidget* container = nullptr;
        QFormLayout* layout = nullptr; // the main layout or the "More options" one
        bool shown = false;            // its conditions show it
        QString inputError; // text typed that is not a value (kept, never discarded)
        bool required = false;
    };
    QWidget* makeEditor(Row& row);
    void commit(const QString& key);
    QVariant valueOf(Row& row, QString* error) const;
    void setValue(Row& row, const QVariant& value);
    void markTouched(const QString& key);

    QFormLayout* m_layout;
    QFormLayout* m_moreLayout = nullptr;
    int m_priceIndex;
    const ProviderSchema* m_schema = nullptr;
    QList<QString> m_order;
    QHash<QString, Row> m_rows;
    QSet<QString> m_touched;
    QString m_currency;
    bool m_loading = false;
    bool m_readOnly = false;
};

} // namespace pb
