#pragma once
// The window's own sandbox: a SandboxServer on a thread of its own, so that neither its answers
// nor the writes of its state file ever wait on the GUI thread, keeping its objects in a state
// file (in the data folder) so that sandbox accounts behave like a provider across restarts.
//   SandboxHost host;
//   connect(&host, &SandboxHost::ready, &window, &MainWindow::setSandboxUrl);
//   host.start(dataDir + "/sandbox-state.json");

#include <QObject>
#include <QThread>

namespace pb {

class SandboxServer;

class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject* parent = nullptr);
    // Writes what changed to the state file, then stops the server and its thread.
    ~SandboxHost() override;

    // Loads the state file (empty: memory only) and listens on a free port of 127.0.0.1, in the
    // sandbox's thread; ready() or failed() follows.
    void start(const QString& stateFile);

Q_SIGNALS:
    void ready(const QString& baseUrl);
    void failed(const QString& message);
    // Something the user should know that does not stop the sandbox (a damaged state file moved
    // aside, a state file that could not be written).
    void warning(const QString& message);

private:
    QThread m_thread;
    SandboxServer* m_server = nullptr;
};

} // namespace pb
