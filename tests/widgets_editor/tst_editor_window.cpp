// The editor window driven like a user: palette drag into a subnet, connecting two nodes with
// the mouse, typed inspector editors (a property, a CIDR, a security-group rule, a route),
// undo/redo, the design panel, and find.

#include "widgets/canvas/designscene.h"
#include "widgets/canvas/designview.h"
#include "widgets/canvas/nodeitem.h"
#include "widgets/docks/finddock.h"
#include "widgets/inspector/inspectordock.h"
#include "widgets/mainwindow/filecontroller.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/palette/palettewidget.h"

#include "model/document/designdocument.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Stackyard;

namespace {

QTreeWidgetItem *paletteItem(QTreeWidget *tree, const QString &title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            if (tree->topLevelItem(i)->child(j)->text(0) == title)
                return tree->topLevelItem(i)->child(j);
    return nullptr;
}

/// Types `text` into a line edit as a user would: select all, type, Enter.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestEditorWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
        QCoreApplication::setOrganizationName("StackyardTest");
        QCoreApplication::setApplicationName("tst_widgets_editor_window");
    }

    void init()
    {
        m_window = new MainWindow;
        QVERIFY(m_window->files()->openSample("samples/reference.stackyard.json"));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->view()->zoomReset();
    }

    void cleanup()
    {
        m_window->files()->setAsker([](const QString &, const QString &, int) { return 0x00800000; }); // Discard
        delete m_window;
        m_window = nullptr;
    }

    void paletteDropIntoSubnet()
    {
        DesignDocument *doc = m_window->document();
        QTreeWidget *tree = m_window->palette()->tree();
        QTreeWidgetItem *item = paletteItem(tree, "Bastion host");
        QVERIFY(item);
        // The palette's own drag payload...
        std::unique_ptr<QMimeData> mime(tree->model()->mimeData({tree->indexFromItem(item)}));
        QVERIFY(mime);
        QCOMPARE(QString::fromUtf8(mime->data(DesignScene::kMimeType)), QString("bastion"));
        // ...dropped on the canvas inside the app-a subnet (away from the service's icon).
        DesignView *view = m_window->view();
        const QRectF subnet = m_window->scene()->boxOf("app-a");
        QVERIFY(!subnet.isNull());
        view->centerOn(subnet.center());
        const QPoint at = view->mapFromScene(subnet.topLeft() + QPointF(60, 100));
        QVERIFY(view->viewport()->rect().contains(at));
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &drop);
        const Resource *bastion = nullptr;
        for (const auto &[id, r] : doc->design().resources)
            if (r.kind == "bastion")
                bastion = &r;
        QVERIFY(bastion);
        QCOMPARE(bastion->parent, std::string("app-a"));
        const std::string id = bastion->id;
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(!doc->design().resource(id));
    }

    void paletteDoubleClickAddsIntoSelectedContainer()
    {
        DesignDocument *doc = m_window->document();
        m_window->view()->selectIds({"public-b"});
        QTreeWidget *tree = m_window->palette()->tree();
        QTreeWidgetItem *item = paletteItem(tree, "NAT gateway");
        QVERIFY(item);
        emit tree->itemActivated(item, 0);
        const Resource *nat = doc->design().resource("nat-gateway");
        QVERIFY(nat);
        QCOMPARE(nat->parent, std::string("public-b"));
        const QRectF subnet = m_window->scene()->boxOf("public-b");
        QVERIFY(subnet.contains(m_window->scene()->boxOf("nat-gateway")));
    }

    void paletteSearchFilters()
    {
        PaletteWidget *palette = m_window->palette();
        palette->setFilter("aurora");
        QTreeWidgetItem *aurora = paletteItem(palette->tree(), "Aurora cluster");
        QTreeWidgetItem *alb = paletteItem(palette->tree(), "Application Load Balancer");
        QVERIFY(aurora && alb);
        QVERIFY(!aurora->isHidden());
        QVERIFY(alb->isHidden());
        palette->setFilter({});
        QVERIFY(!alb->isHidden());
    }

    void connectTwoNodesWithTheMouse()
    {
        DesignDocument *doc = m_window->document();
        DesignView *view = m_window->view();
        auto *from = qgraphicsitem_cast<Canvas::NodeItem *>(m_window->scene()->itemOf("users"));
        QVERIFY(from);
        const QRectF target = m_window->scene()->boxOf("waf");
        QVERIFY(!target.isNull());
        view->zoomFit();
        const QPoint press = view->mapFromScene(from->mapToScene(from->handleCenter()));
        const QPoint release = view->mapFromScene(target.center());
        const std::size_t flows = doc->design().flows.size();
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, press);
        QTest::mouseMove(view->viewport(), (press + release) / 2);
        QTest::mouseMove(view->viewport(), release);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, release);
        QCOMPARE(doc->design().flows.size(), flows + 1);
        bool found = false;
        for (const auto &[id, f] : doc->design().flows)
            found = found || (f.from == "users" && f.to == "waf");
        QVERIFY(found);
    }

    void editPropertyUndoRedo()
    {
        DesignDocument *doc = m_window->document();
        m_window->view()->selectIds({"app"});
        QCOMPARE(m_window->inspector()->selection(), QStringList{"app"});
        auto *editor = m_window->inspector()->findChild<QWidget *>("prop.desiredCount");
        QVERIFY(editor);
        auto *spin = editor->findChild<QSpinBox *>();
        QVERIFY(spin);
        const long long before = doc->design().resource("app")->intProperty("desiredCount");
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, "5");
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(doc->design().resource("app")->intProperty("desiredCount"), 5LL);
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->design().resource("app")->intProperty("desiredCount"), before);
        // The inspector follows the document.
        QCOMPARE(spin->value(), int(before));
        doc->undoStack()->redo();
        QCOMPARE(spin->value(), 5);

        auto *launch = m_window->inspector()->findChild<QWidget *>("prop.cpuArchitecture")->findChild<QComboBox *>();
        QVERIFY(launch);
        launch->setCurrentText("ARM64");
        emit launch->activated(launch->currentIndex());
        QCOMPARE(doc->design().resource("app")->stringProperty("cpuArchitecture"), std::string("ARM64"));
    }

    void cidrFieldValidatesAsYouType()
    {
        DesignDocument *doc = m_window->document();
        m_window->view()->selectIds({"app-a"});
        auto *edit = m_window->inspector()->findChild<QWidget *>("prop.cidrBlock")->findChild<QLineEdit *>();
        QVERIFY(edit);
        const std::string before = doc->design().resource("app-a")->stringProperty("cidrBlock");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, "10.0.300.0/24");
        QVERIFY(edit->property("invalid").toBool());
        QVERIFY(!edit->toolTip().isEmpty());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(doc->design().resource("app-a")->stringProperty("cidrBlock"), before);
        QTest::keyClicks(edit, "x"); // refused by the validator
        QVERIFY(!edit->text().contains('x'));
        typeInto(edit, "10.0.40.0/24");
        QVERIFY(!edit->property("invalid").toBool());
        QCOMPARE(doc->design().resource("app-a")->stringProperty("cidrBlock"), std::string("10.0.40.0/24"));
    }

    void securityGroupRuleEdit()
    {
        DesignDocument *doc = m_window->document();
        m_window->view()->selectIds({"app"});
        const std::string sgId = doc->design().resource("app")->securityGroups.at(0);
        const QString table = QStringLiteral("sg.%1.ingress").arg(QString::fromStdString(sgId));
        auto *ports = m_window->inspector()->findChild<QLineEdit *>(table + ".0.ports");
        QVERIFY2(ports, qPrintable(table));
        typeInto(ports, "8080-8090");
        QCOMPARE(doc->design().securityGroup(sgId)->ingress.at(0).ports, (PortRange{8080, 8090}));
        typeInto(ports, "99999");
        QCOMPARE(doc->design().securityGroup(sgId)->ingress.at(0).ports, (PortRange{8080, 8090}));

        const std::size_t rules = doc->design().securityGroup(sgId)->ingress.size();
        auto *tableWidget = m_window->inspector()->findChild<QWidget *>(table);
        QVERIFY(tableWidget);
        QTest::mouseClick(tableWidget->findChild<QPushButton *>("addRule"), Qt::LeftButton);
        QCOMPARE(doc->design().securityGroup(sgId)->ingress.size(), rules + 1);
        auto *peer = m_window->inspector()->findChild<QComboBox *>(table + QStringLiteral(".%1.peer").arg(rules));
        QVERIFY(peer);
        typeInto(peer->lineEdit(), "10.1.0.0/16");
        QCOMPARE(doc->design().securityGroup(sgId)->ingress.back().peer, std::string("10.1.0.0/16"));
        doc->undoStack()->undo();
        QCOMPARE(doc->design().securityGroup(sgId)->ingress.back().peer, std::string("10.0.0.0/16"));
        doc->undoStack()->undo();
        QCOMPARE(doc->design().securityGroup(sgId)->ingress.size(), rules);
    }

    void routeTableEdit()
    {
        DesignDocument *doc = m_window->document();
        m_window->view()->selectIds({"app-a"});
        auto *destination = m_window->inspector()->findChild<QLineEdit *>("routes.0.destination");
        QVERIFY(destination);
        typeInto(destination, "0.0.0.0/1");
        const RouteTable *rt = routeTableOfSubnet(doc, "app-a");
        QVERIFY(rt);
        QCOMPARE(rt->routes.at(0).destination, std::string("0.0.0.0/1"));
    }

    void designPanelWhenNothingSelected()
    {
        DesignDocument *doc = m_window->document();
        m_window->view()->selectIds({});
        auto *name = m_window->inspector()->findChild<QLineEdit *>("designName");
        QVERIFY(name);
        typeInto(name, "Checkout platform");
        QCOMPARE(doc->design().name, std::string("Checkout platform"));
        QVERIFY(m_window->windowTitle().startsWith("Checkout platform"));
        auto *region = m_window->inspector()->findChild<QComboBox *>("designRegion");
        QVERIFY(region && region->count() >= 2);
        QVERIFY(region->findText("eu-west-1") >= 0);
    }

    void findSelectsAndCentres()
    {
        FindDock *find = m_window->findChild<FindDock *>();
        QVERIFY(find);
        find->activate();
        QTest::keyClicks(find->field(), "aurora");
        QVERIFY(find->results()->count() >= 1);
        QTest::keyClick(find->field(), Qt::Key_Return);
        QCOMPARE(m_window->scene()->selectedIds(), QStringList{"aurora"});
    }

private:
    static const RouteTable *routeTableOfSubnet(const DesignDocument *doc, const std::string &subnet)
    {
        for (const auto &[id, rt] : doc->design().routeTables)
            if (std::find(rt.subnets.begin(), rt.subnets.end(), subnet) != rt.subnets.end())
                return &rt;
        return nullptr;
    }

    QTemporaryDir m_home;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestEditorWindow)
#include "tst_editor_window.moc"
