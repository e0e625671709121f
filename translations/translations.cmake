# The interface's translations (translations/README.md). lupdate reads the sources of the editor
# (widgets/, model/document/, app/gui/) into translations/stackyard_ko.ts; lrelease compiles it into a .qm that goes
# into `target` as the Qt resource ":/i18n/stackyard_ko.qm". The command line's own output (app/cli)
# stays English: scripts parse it.
set(STACKYARD_TS_FILES ${PROJECT_SOURCE_DIR}/translations/stackyard_ko.ts)
# Without source locations the catalogue changes only when texts do, so parallel edits of the
# sources do not conflict in it; tst_i18n_catalogue runs lupdate with the same options.
set(STACKYARD_LUPDATE_OPTIONS -no-obsolete -locations none)

function(stackyard_add_translations target)
    file(GLOB_RECURSE _sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/widgets/*.cpp ${PROJECT_SOURCE_DIR}/widgets/*.h
        ${PROJECT_SOURCE_DIR}/model/document/*.cpp ${PROJECT_SOURCE_DIR}/model/document/*.h
        ${PROJECT_SOURCE_DIR}/app/gui/*.cpp ${PROJECT_SOURCE_DIR}/app/gui/*.h)
    qt_add_translations(${target}
        TS_FILES ${STACKYARD_TS_FILES}
        SOURCES ${_sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
        LUPDATE_OPTIONS ${STACKYARD_LUPDATE_OPTIONS}
        RESOURCE_PREFIX /i18n)
endfunction()
