#pragma once
// pricebook-cli: finds the command its first argument names (one class per command, in
// app/cli/<Name>Command.cpp) and runs it.
//   QTextStream out(stdout), err(stderr);
//   return Cli(out, err).run(QCoreApplication::arguments());

#include "Command.h"

namespace pb {

class Cli : public ExitCodes
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err);
    // arguments[0] is the program name, as in QCoreApplication::arguments().
    int run(const QStringList& arguments);

private:
    void printHelp();

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace pb
