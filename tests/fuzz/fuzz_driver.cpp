// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for libFuzzer when the compiler is not Clang: mutates the seed plans (byte flips, inserted
// numbering and punctuation, cut and spliced lines) and feeds them to LLVMFuzzerTestOneInput for a fixed
// time. Usage: fuzz_planparser_driver SECONDS SEED_FILE...
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QByteArray mutate(QByteArray input, QRandomGenerator &rng, const QList<QByteArray> &corpus)
{
    // Fragments the parser looks for, so mutations reach its deeper paths.
    static const QList<QByteArray> tokens = {"\n",
                                             "\xe4\xb8\x80\xe3\x80\x81",
                                             "(\xe4\xb8\x80)",
                                             "\n1.",
                                             "\n(1)",
                                             "\xef\xbc\x88",
                                             "\xef\xbc\x89",
                                             "\xe7\x89\xb5\xe5\xa4\xb4",
                                             "\xe9\x85\x8d\xe5\x90\x88",
                                             "\xe8\xb4\x9f\xe8\xb4\xa3\xe8\x90\xbd\xe5\xae\x9e",
                                             "2025\xe5\xb9\xb4",
                                             "\xe5\xb9\xb4\xe5\xba\x95\xe5\x89\x8d",
                                             "%",
                                             "\xe4\xbb\xa5\xe4\xb8\x8a",
                                             "Action 1",
                                             "by the end of",
                                             "\xef\xbc\x8c",
                                             "\xe3\x80\x82",
                                             "\xe3\x80\x94",
                                             "\xe3\x80\x81",
                                             "(",
                                             ")",
                                             "\xff",
                                             "\0"};
    const int edits = 1 + int(rng.bounded(8));
    for (int e = 0; e < edits; ++e) {
        const qsizetype pos = input.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(input.size())));
        switch (rng.bounded(6)) {
        case 0:
            if (!input.isEmpty())
                input[pos] = char(rng.bounded(256));
            break;
        case 1:
            input.insert(pos, tokens.at(rng.bounded(qsizetype(tokens.size()))));
            break;
        case 2:
            input.remove(pos, qsizetype(rng.bounded(64)));
            break;
        case 3: {
            const QByteArray &other = corpus.at(rng.bounded(qsizetype(corpus.size())));
            const qsizetype from = other.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(other.size())));
            input.insert(pos, other.mid(from, qsizetype(rng.bounded(512))));
            break;
        }
        case 4:
            input.truncate(pos);
            break;
        default:
            input.insert(pos, QByteArray(int(rng.bounded(16)), char(rng.bounded(256))));
            break;
        }
    }
    return input.left(256 * 1024);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s SECONDS SEED_FILE...\n", argv[0]);
        return 2;
    }
    const qint64 budgetMs = qint64(std::atof(argv[1]) * 1000);
    QList<QByteArray> corpus;
    for (int i = 2; i < argc; ++i) {
        QFile f(QString::fromLocal8Bit(argv[i]));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[i]);
            return 2;
        }
        corpus.append(f.readAll());
    }
    corpus.append(QByteArray());
    QRandomGenerator rng(quint32(QDateTime::currentMSecsSinceEpoch()));
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    while (timer.elapsed() < budgetMs) {
        QByteArray input = corpus.at(rng.bounded(qsizetype(corpus.size())));
        input = mutate(input, rng, corpus);
        // Keep interesting inputs around as new starting points (bounded corpus).
        if (corpus.size() < 256 && rng.bounded(8) == 0)
            corpus.append(input);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        ++runs;
    }
    std::printf("fuzz_planparser_driver: %lld inputs in %lld ms, no crash\n", static_cast<long long>(runs),
                static_cast<long long>(timer.elapsed()));
    return 0;
}
