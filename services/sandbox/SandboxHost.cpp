#include "SandboxHost.h"

#include "SandboxServer.h"

namespace pb {

SandboxHost::SandboxHost(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxHost::~SandboxHost()
{
    if (m_server && m_thread.isRunning()) {
        SandboxServer* server = m_server;
        // Destroyed in its own thread, where its sockets and timers live; it saves its state first.
        QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start(const QString& stateFile)
{
    if (m_server)
        return;
    m_server = new SandboxServer;
    m_server->moveToThread(&m_thread);
    connect(m_server, &SandboxServer::stateSaveFailed, this, &SandboxHost::warning);
    SandboxServer* server = m_server;
    connect(&m_thread, &QThread::started, server, [this, server, stateFile] {
        if (!stateFile.isEmpty())
            if (const QString problem = server->setStateFile(stateFile); !problem.isEmpty())
                Q_EMIT warning(problem);
        if (server->listen())
            Q_EMIT ready(server->baseUrl());
        else
            Q_EMIT failed(tr("The local sandbox could not listen on 127.0.0.1: %1").arg(server->errorString()));
    });
    m_thread.start();
}

} // namespace pb
