#pragma once
// The private PostgreSQL server of tests/run-with-postgres.sh, for trials that take it away:
// killServer() is a power cut (SIGKILL to the postmaster's backends, then the postmaster),
// restartServer() starts it again as it was.
//   QVERIFY(pbtest::killServer());
//   QVERIFY(pbtest::restartServer());

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QString>

#include <csignal>
#include <sys/types.h>

namespace pbtest {

inline qint64 serverPid()
{
    QFile pidFile(qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES_DATA") + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    return pidFile.readLine().trimmed().toLongLong();
}

// True once the postmaster is gone (its backends were killed first, so none finishes a commit).
inline bool killServer()
{
    const qint64 postmaster = serverPid();
    if (postmaster <= 0)
        return false;
    QDir proc(QStringLiteral("/proc"));
    for (const QString& name : proc.entryList(QDir::Dirs)) {
        QFile stat(proc.filePath(name) + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            ::kill(pid_t(name.toLongLong()), SIGKILL);
    }
    if (::kill(pid_t(postmaster), SIGKILL) != 0)
        return false;
    for (int i = 0; i < 500 && ::kill(pid_t(postmaster), 0) == 0; ++i)
        QThread::msleep(10);
    return ::kill(pid_t(postmaster), 0) != 0;
}

inline bool restartServer()
{
    return QProcess::execute(qEnvironmentVariable("PRICEBOOK_TEST_POSTGRES_RESTART"), {}) == 0;
}

} // namespace pbtest
