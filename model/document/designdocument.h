#pragma once

#include "edit.h"

#include "model/core/design.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace Stackyard {

class EditBuilder;

/// An open design: owns the design, its layout, the undo stack and the file path. Every change
/// goes through a command on the undo stack; observers (the scene, docks) listen to changed().
class DesignDocument : public QObject
{
    Q_OBJECT
public:
    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    const Design &design() const { return m_file.design; }
    const Layout &layout() const { return m_file.layout; }
    const DesignFile &file() const { return m_file; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    /// A short name for titles: the file name, or the design name for an unsaved design.
    QString displayName() const;
    bool isModified() const;

    /// Replaces everything (a new or opened design); clears the undo history.
    void reset(DesignFile file, const QString &filePath = {});
    /// Writes atomically (QSaveFile): on failure the file on disk is untouched and `error` says why.
    /// Refused while the document is in scratch state.
    bool saveAs(const QString &path, QString *error);

    /// Scratch state: the edits made now are temporary and will be taken back (presentation
    /// what-ifs). While it lasts, saving is refused and the crash journal keeps the design as it
    /// was before (it writes any pending change when scratch state begins, then holds).
    void setScratch(bool on);
    bool isScratch() const { return m_scratch; }

    // Edits. Each pushes one command; the returned ids are the new objects' ids.
    QString addResource(Resource resource, const Rect &box);
    void removeObjects(const QStringList &ids);
    /// Moves or resizes nodes (and reparents them when `parents` names new ones). A drag is one
    /// undo step: pass the same `gesture` key for every call of one drag.
    void setNodeBoxes(const std::map<Id, Rect> &boxes, const QString &gesture = {});
    void reparent(const Id &id, const Id &newParent, const Rect &box);
    void setResource(const Resource &after, const QString &text);
    void setProperty(const Id &id, const std::string &name, const Json &value);
    void rename(const Id &id, const QString &name);
    QString addFlow(Flow flow);
    void setFlow(const Flow &after);
    /// Stores a flow's bends (the route the canvas draws through them); an empty list clears
    /// them, and the canvas routes the flow automatically again. One undo step.
    void setWaypoints(const Id &flowId, const std::vector<Point> &points);
    /// Clears the stored bends of these flows in one undo step ("Reset Route").
    void resetRoutes(const QStringList &flowIds);
    QString addSecurityGroup(SecurityGroup sg);
    void setSecurityGroup(const SecurityGroup &after, const QString &text = {});
    QString addRouteTable(RouteTable rt);
    void setRouteTable(const RouteTable &after, const QString &text = {});
    void setHeader(const DesignHeader &after, const QString &text);
    /// Replaces the design and layout in one undoable step (arrange, one-click fixes, paste).
    void replaceAll(const DesignFile &after, const QString &text);
    /// Pushes an edit built by hand; empty edits are dropped.
    void pushEdit(const Edit &edit, const QString &text, const QString &mergeKey = {});

    /// Called by EditCommand only.
    void applyEdit(const Edit &edit, bool forward);

signals:
    /// After every change (edit, undo, redo, reset).
    void changed(const Stackyard::ChangeSet &changes);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void scratchChanged(bool on);

private:
    DesignFile m_file;
    QString m_filePath;
    QUndoStack *m_undoStack;
    bool m_scratch = false;
};

} // namespace Stackyard

Q_DECLARE_METATYPE(Stackyard::ChangeSet)
