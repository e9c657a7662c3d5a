#include "passwordvault.h"

#include <qt6keychain/keychain.h>

namespace {
const QString Service = QStringLiteral("TopicDesk");

QString keyOf(const QString &profile, PasswordVault::Secret secret)
{
    return (secret == PasswordVault::Secret::Registry ? QStringLiteral("registry/")
                                                      : QStringLiteral("profile/")) +
           profile;
}
} // namespace

void PasswordVault::store(const QString &profile, const QString &password, Secret secret)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(keyOf(profile, secret));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, profile, secret](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            emit stored(profile, secret);
        else
            emit failed(profile, done->errorString(), secret);
    });
    job->start();
}

void PasswordVault::fetch(const QString &profile, Secret secret)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(keyOf(profile, secret));
    connect(job, &QKeychain::Job::finished, this, [this, profile, secret](QKeychain::Job *done) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        const bool ok = done->error() == QKeychain::NoError;
        emit fetched(profile, ok ? read->textData() : QString(), ok, secret);
    });
    job->start();
}

void PasswordVault::remove(const QString &profile, Secret secret)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(keyOf(profile, secret));
    job->start();
}
