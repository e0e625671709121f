// The Korean interface: the compiled catalogue loads, real window texts (menus, actions, docks,
// palette, presentation mode) are Korean, Qt's own dialogs are translated, and the review report
// built in Korean has every section heading translated. Switching back to English restores the
// sources.
#include "widgets/canvas/designview.h"
#include "widgets/findings/findingsdock.h"
#include "widgets/i18n/language.h"
#include "widgets/i18n/languagemenu.h"
#include "widgets/i18n/modeltext.h"
#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/mainactions.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/palette/palettewidget.h"
#include "widgets/present/overlayactions.h"
#include "widgets/present/presentation.h"
#include "widgets/present/presentationpanels.h"
#include "widgets/review/reviewreport.h"

#include "model/core/io/designio.h"
#include "model/document/designdocument.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Stackyard;

namespace {

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

DesignFile sample()
{
    LoadResult loaded = loadDesignFile(STACKYARD_SOURCE_DIR "/resources/samples/reference.stackyard.json");
    return loaded.file ? *loaded.file : DesignFile{};
}

/// The text of every <hN> element of the report, with its id (or "" when it has none).
QList<std::pair<QString, QString>> headings(const QString &html, int level)
{
    QList<std::pair<QString, QString>> out;
    static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
    const QRegularExpression re(QStringLiteral("<h%1([^>]*)>(.*?)</h%1>").arg(level));
    static const QRegularExpression id(QStringLiteral("id=\"([^\"]+)\""));
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.emplace_back(id.match(m.captured(1)).captured(1), QString(m.captured(2)).remove(tag));
    }
    return out;
}

} // namespace

class TestKorean : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("StackyardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_i18n_korean"));
        QVERIFY(Language::install(QLocale(QLocale::Korean, QLocale::SouthKorea)));
        QCOMPARE(Language::current(), QStringLiteral("ko"));
    }

    void settingChoosesTheLanguage()
    {
        QCOMPARE(Language::savedChoice(), Language::Choice::System);
        Language::saveChoice(Language::Choice::Korean);
        QCOMPARE(Language::savedChoice(), Language::Choice::Korean);
        QCOMPARE(Language::localeFor(Language::savedChoice()).language(), QLocale::Korean);
        Language::saveChoice(Language::Choice::English);
        QCOMPARE(Language::localeFor(Language::savedChoice()).language(), QLocale::English);
        Language::saveChoice(Language::Choice::System);
        QCOMPARE(Language::localeFor(Language::savedChoice()), QLocale::system());
    }

    void languageMenuSavesTheChoice()
    {
        Language::saveChoice(Language::Choice::System);
        QMenu parent;
        QMenu *menu = addLanguageMenu(&parent);
        QCOMPARE(menu->title(), QStringLiteral("언어(&L)"));
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        QVERIFY(actions[0]->isChecked()); // System
        QCOMPARE(actions[2]->text(), QStringLiteral("한국어"));
        bool told = false;
        QTimer::singleShot(0, [&told] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                told = hasHangul(box->text());
                box->accept();
            }
        });
        actions[1]->trigger(); // English: saved, applies at the next start
        QVERIFY(told);
        QCOMPARE(Language::savedChoice(), Language::Choice::English);
        QVERIFY(actions[1]->isChecked());
        Language::saveChoice(Language::Choice::System);
    }

    void windowTextsAreKorean()
    {
        MainWindow window;
        QVERIFY(window.files()->openSample(QStringLiteral("samples/reference.stackyard.json")));
        MainActions *actions = window.actions();
        QCOMPARE(actions->fileMenu->title(), QStringLiteral("파일(&F)"));
        for (QMenu *menu : {actions->fileMenu, actions->editMenu, actions->viewMenu, actions->arrangeMenu, actions->helpMenu})
            QVERIFY2(hasHangul(menu->title()), qPrintable(menu->title()));
        const QList<QAction *> all = actions->all();
        QVERIFY(all.size() > 30);
        for (QAction *a : all)
            QVERIFY2(hasHangul(a->text()) && hasHangul(a->toolTip()), qPrintable(a->text() + " / " + a->toolTip()));
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 4);
        for (QDockWidget *d : docks)
            QVERIFY2(hasHangul(d->windowTitle()), qPrintable(d->windowTitle()));
        // Catalogue kinds in the palette (titles come from model/core, translated at display time).
        QTreeWidget *tree = window.palette()->tree();
        QStringList kinds;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QVERIFY2(hasHangul(tree->topLevelItem(i)->text(0)), qPrintable(tree->topLevelItem(i)->text(0)));
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                kinds << tree->topLevelItem(i)->child(j)->text(0);
        }
        QVERIFY(kinds.contains(QStringLiteral("서브넷")));
        QVERIFY(kinds.contains(QStringLiteral("NAT 게이트웨이")));
        QVERIFY(!kinds.contains(QStringLiteral("Subnet")));
    }

    void modelTextsAreKorean()
    {
        for (const char *title : ModelText::listedRuleTitles())
            QVERIFY2(hasHangul(ModelText::ruleTitle(title)), title);
        for (const char *title : ModelText::listedPracticeTitles())
            QVERIFY2(hasHangul(ModelText::practiceTitle(title)), title);
        for (const char *doc : ModelText::listedKindDocs())
            QVERIFY2(hasHangul(ModelText::kindDoc(doc)), doc);
        QCOMPARE(ModelText::propertyDoc("Idle timeout in seconds."), QStringLiteral("유휴 제한 시간(초)입니다."));
        QCOMPARE(ModelText::pillarTitle(Pillar::Rel), QStringLiteral("안정성"));
    }

    void presentationIsKorean()
    {
        MainWindow window;
        QVERIFY(window.files()->openSample(QStringLiteral("samples/reference.stackyard.json")));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The View menu's overlay submenu (added beside the main actions).
        auto *overlays = window.findChild<OverlayActions *>();
        QVERIFY(overlays);
        for (QAction *a : overlays->actions())
            QVERIFY2(hasHangul(a->text()) && hasHangul(a->toolTip()), qPrintable(a->text() + " / " + a->toolTip()));
        for (const auto &[key, what] : HelpPanel::keys())
            QVERIFY2(hasHangul(what), qPrintable(what));
        // A what-if in presentation mode: every line of the caption in Korean, the rules it breaks
        // by their translated titles (model/core holds them in English).
        auto *present = window.findChild<Presentation *>();
        QVERIFY(present);
        present->enter();
        QTest::keyClick(window.view(), Qt::Key_W);
        CaptionPanel *caption = present->caption();
        QVERIFY(caption->isVisible());
        for (const QString &text : {caption->kicker(), caption->title(), caption->body(), caption->footer()})
            QVERIFY2(hasHangul(text), qPrintable(text));
        const char *imagePull = "Tasks can pull their images (ECR API + DKR + S3 layers, or the internet for public images)";
        QVERIFY2(caption->body().contains(ModelText::ruleTitle(imagePull)), qPrintable(caption->body()));
        QVERIFY(!caption->body().contains(QLatin1String(imagePull)));
        QVERIFY(hasHangul(present->status()->lines().join(QLatin1Char('\n'))));
        present->leave();
        window.files()->setAsker([](const QString &, const QString &, int) { return 0x00800000; }); // Discard
    }

    void qtDialogsAreKorean()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ko.qm");
        if (!QFile::exists(qtbase))
            QSKIP("qt6-translations-l10n is not installed (dev.sh installs it)");
        QVERIFY(hasHangul(QCoreApplication::translate("QPlatformTheme", "Cancel")));
    }

    void reportHeadingsAreKorean()
    {
        const DesignFile file = sample();
        QVERIFY(!file.design.resources.empty());
        const QString html = reviewReportHtml(file);
        QVERIFY(html.contains(QStringLiteral("<html lang=\"ko\">")));
        const auto sections = headings(html, 2);
        QStringList ids;
        for (const auto &[id, text] : sections) {
            ids << id;
            QVERIFY2(hasHangul(text), qPrintable(id + ": " + text));
        }
        QCOMPARE(ids, QStringList({"diagram", "findings", "checklist", "cost", "responsibility"}));
        const auto subsections = headings(html, 3);
        QVERIFY(subsections.size() >= 6 + 4); // one per pillar, and the cost breakdown's parts
        for (const auto &[id, text] : subsections)
            QVERIFY2(hasHangul(text), qPrintable(text));
        QVERIFY(html.contains(QStringLiteral("<p class=\"kicker\">아키텍처 검토</p>")));
        for (const char *english : {"Findings by pillar", "Practice checklist", "Cost breakdown", "Shared responsibility",
                                    "Why it matters", "Monthly cost by service"})
            QVERIFY2(!html.contains(QLatin1String(english)), english);
    }

    void reportFindingsExplainedInKorean()
    {
        DesignFile file = sample();
        for (auto &[id, r] : file.design.resources)
            if (r.kind == "aurora-cluster")
                r.properties["storageEncrypted"] = false;
        const QString html = reviewReportHtml(file);
        // The finding's rule title, severity and "why" paragraph (from the rule's page) are Korean,
        // and so are its message and fix hint (model/core's patterns, the design's ids kept).
        QVERIFY(html.contains(QStringLiteral("Aurora 스토리지는 저장 시 암호화됨")));
        QVERIFY2(html.contains(QStringLiteral("은(는) 데이터를 암호화하지 않고 저장합니다(StorageEncrypted 기본값은 false)")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("storageEncrypted를 켜세요(생성 후에는 바꿀 수 없음)")));
        // (The practice checklist, another section, quotes the English message as its reason.)
        const QString findings = html.section(QStringLiteral("id=\"findings\""), 1).section(QStringLiteral("id=\"checklist\""), 0, 0);
        QVERIFY(findings.contains(QStringLiteral("암호화하지 않고")));
        QVERIFY(!findings.contains(QLatin1String("stores data unencrypted")));
        static const QRegularExpression why(QStringLiteral("<p class=\"why\"><b>중요한 이유:</b> ([^<]*)</p>"));
        const auto m = why.match(html);
        QVERIFY(m.hasMatch());
        QVERIFY2(hasHangul(m.captured(1)), qPrintable(m.captured(1)));
        QVERIFY(html.contains(QStringLiteral("<span class=\"sev warning\">경고</span>"))
                || html.contains(QStringLiteral("<span class=\"sev error\">오류</span>")));
    }

    void findingsDockIsKorean()
    {
        // A finding composed by model/core shows in the findings dock in Korean, with the design's
        // ids as they are (tst_i18n_findings checks that every pattern has a translation).
        MainWindow window;
        QVERIFY(window.files()->openSample(QStringLiteral("samples/reference.stackyard.json")));
        DesignDocument *document = window.document();
        QVERIFY(document);
        Id cluster;
        for (const auto &[id, r] : document->design().resources)
            if (r.kind == "aurora-cluster")
                cluster = id;
        QVERIFY(!cluster.empty());
        document->setProperty(cluster, "storageEncrypted", false);
        auto *dock = window.findChild<FindingsDock *>();
        QVERIFY(dock);
        auto *tree = dock->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QStringList messages;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                messages.clear();
                for (int i = 0; i < tree->topLevelItemCount(); ++i)
                    for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                        messages << tree->topLevelItem(i)->child(j)->text(0);
                return !messages.isEmpty();
            }(),
            5000);
        const QString expected = QString::fromStdString(cluster) + QStringLiteral("은(는) 데이터를 암호화하지 않고 저장합니다");
        QVERIFY2(std::any_of(messages.begin(), messages.end(), [&](const QString &m) { return m.startsWith(expected); }),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        for (const QString &m : messages)
            QVERIFY2(hasHangul(m), qPrintable(m));
        window.files()->setAsker([](const QString &, const QString &, int) { return 0x00800000; }); // Discard
    }

    void englishAgain()
    {
        QVERIFY(Language::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(Language::current(), QStringLiteral("en"));
        const QString html = reviewReportHtml(sample());
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(html.contains(QStringLiteral(">Findings by pillar</h2>")));
        QVERIFY(!hasHangul(html));
        MainWindow window;
        QCOMPARE(window.actions()->fileMenu->title(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestKorean)
#include "tst_i18n_korean.moc"
