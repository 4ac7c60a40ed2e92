#pragma once
// The questions the window asks a person, behind one interface so tests can answer them.

#include "services/storage/Account.h"

#include <QString>
#include <optional>

class QWidget;

namespace pb {

class Prompts
{
public:
    virtual ~Prompts() = default;
    virtual std::optional<QString> askApiKey(QWidget* parent, const Account& account);
    virtual void inform(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
};

} // namespace pb
