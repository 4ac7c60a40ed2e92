#pragma once
// "Show request": the exact requests for the product on screen, keys shown as ***, with a
// button that copies them as curl commands (the key then comes from $PRICEBOOK_API_KEY).

#include "services/providers/RequestSerializer.h"

#include <QDialog>

class QPlainTextEdit;

namespace pb {

class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    RequestDialog(const Product& product, const AccountTarget& target, const SerializeOptions& options, QWidget* parent = nullptr);
    QString text() const;
    QString curl() const { return m_curl; }

private:
    QPlainTextEdit* m_text;
    QString m_curl;
};

} // namespace pb
