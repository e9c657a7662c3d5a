#include "passwordvault.h"

#include <qt6keychain/keychain.h>

namespace {
const QString Service = QStringLiteral("TopicDesk");

QString keyOf(const QString &profile)
{
    return QStringLiteral("profile/") + profile;
}
} // namespace

void PasswordVault::store(const QString &profile, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(keyOf(profile));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            emit stored(profile);
        else
            emit failed(profile, done->errorString());
    });
    job->start();
}

void PasswordVault::fetch(const QString &profile)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(keyOf(profile));
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        const bool ok = done->error() == QKeychain::NoError;
        emit fetched(profile, ok ? read->textData() : QString(), ok);
    });
    job->start();
}

void PasswordVault::remove(const QString &profile)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(keyOf(profile));
    job->start();
}
