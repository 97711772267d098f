"""The main window: the Übersicht first, then the list tabs (Unterkünfte, Bewohner*innen,
Sozialarbeit, Nachbarschaft, Mängel) and the Begehungen, a small menu, and a status bar
naming database and user. A figure of the Übersicht opens the list behind it, filtered
(`ui/overview/links.py`). Tabs are found by their widget, never by position.

The Mängel tab is more than a list (queues, filters, detail pane, workflow dialogs: see
`ui/tickets/`); its title counts the tickets waiting for this user, "Mängel (12)".

Everything it needs is passed in (database, signed-in actor, QSettings); it keeps no globals.
A list the actor may not see shows a calm notice instead of its rows (the tab stays, so
everyone finds the same layout and learns why it is empty).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QMenu, QTabWidget, QWidget

from soest_desk import __version__
from soest_desk.db import Database
from soest_desk.models.enums import Role
from soest_desk.reports.catalog import REPORTS
from soest_desk.services import listing
from soest_desk.services.permissions import Actor, Permission
from soest_desk.services.ticket_choices import may_report
from soest_desk.ui import labels
from soest_desk.ui.about_dialog import AboutDialog
from soest_desk.ui.about_gateway import AboutGateway
from soest_desk.ui.admin.menu import AdminMenu
from soest_desk.ui.cases.actions import CaseActions
from soest_desk.ui.cases.case_pane import CasePane
from soest_desk.ui.cases.gateway import CasesGateway
from soest_desk.ui.cases.open_case_dialog import OpenCaseDialog
from soest_desk.ui.icons import app_icon, icon
from soest_desk.ui.neighbourhood.gateway import NeighbourhoodGateway
from soest_desk.ui.neighbourhood.report_dialog import ReportDialog
from soest_desk.ui.neighbourhood.report_pane import ReportPane
from soest_desk.ui.overview import links
from soest_desk.ui.overview.overview_tab import OverviewTab
from soest_desk.ui.places.actions import PEOPLE, PlacesActions
from soest_desk.ui.places.gateway import PlacesGateway
from soest_desk.ui.places.occupancy_pane import OccupancyPane
from soest_desk.ui.places.person_pane import PersonPane
from soest_desk.ui.reports.export_dialog import ExportDialog, open_export_dialog
from soest_desk.ui.settings import open_settings_dialog
from soest_desk.ui.settings.dialog import SettingsDialog
from soest_desk.ui.shortcuts_dialog import ShortcutsDialog
from soest_desk.ui.table_columns import personal_settings
from soest_desk.ui.table_models.lazy_table_model import ListFetcher
from soest_desk.ui.tabs.inspections_tab import InspectionsTab
from soest_desk.ui.tabs.list_tab import ListTab
from soest_desk.ui.tickets.tickets_tab import TicketsTab

DEFAULT_SIZE = (1280, 780)
# the tabs' icons, by the names the settings use (Begehungen: "inspections")
TAB_ICONS = {labels.OVERVIEW: "layout-dashboard", "facilities": "building", "persons": "users",
             "cases": "heart-handshake", "neighbourhood": "building-community",
             "tickets": "tool", "inspections": "clipboard-check"}
FIRST_START_SHARE = 0.85


def default_settings() -> QSettings:
    return personal_settings()


def tab_loaded(tab: QWidget) -> bool:
    """The tab shows what it read: a list its first page (or its lock), the Übersicht its
    figures, the Mängel tab its list and counts (what the self-test, the tests and the
    benchmarks wait for)."""
    if isinstance(tab, TicketsTab):
        return tab.is_idle()
    if isinstance(tab, OverviewTab):
        return tab.state() != "loading" and not tab.is_busy()
    if isinstance(tab, ListTab):
        return tab.model is None or tab.model.is_loaded()
    return bool(tab.is_loaded())  # type: ignore[attr-defined]


class MainWindow(QMainWindow):
    def __init__(
        self, database: Database, actor: Actor, settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._database = database
        self._actor = actor
        self._settings = settings if settings is not None else default_settings()
        self._shown_once = False
        self._closing = False
        self.setWindowTitle(self.tr("Soest Desk – %1").replace("%1", database.info.label))
        self.places = PlacesActions(self, database, actor, self.refresh_lists, self.show_person)
        self._places_gateway = PlacesGateway(database, actor)
        self.person_pane: PersonPane | None = None
        self.occupancy_pane: OccupancyPane | None = None
        self._cases_gateway = CasesGateway(database, actor)
        self.cases = CaseActions(self, self._cases_gateway, self._cases_changed)
        self.case_pane: CasePane | None = None
        self._case_step_reload = False  # the next cases list reload follows a step
        self.last_case_dialog: OpenCaseDialog | None = None  # for tests
        self._neighbourhood_gateway = NeighbourhoodGateway(database, actor)
        self.neighbourhood_pane: ReportPane | None = None
        self.last_report_dialog: ReportDialog | None = None  # for tests
        self.last_export_dialog: ExportDialog | None = None  # for tests
        self.last_about_dialog: AboutDialog | None = None  # for tests
        self.last_shortcuts_dialog: ShortcutsDialog | None = None  # for tests
        self.last_settings_dialog: SettingsDialog | None = None  # for tests
        self.setWindowIcon(app_icon())

        self.tabs = QTabWidget(self, objectName="mainTabs")
        self.tabs.setDocumentMode(True)
        self.overview_tab = OverviewTab(database, actor, self)
        self.overview_tab.openList.connect(self.open_list)
        self.tabs.addTab(self.overview_tab, icon(TAB_ICONS[labels.OVERVIEW]),
                         self.tr("Übersicht"))
        self.list_tabs: dict[str, ListTab | TicketsTab] = {}
        for name in labels.LIST_ORDER:
            tab = self._make_tab(name)
            self.list_tabs[name] = tab
            self.tabs.addTab(tab, icon(TAB_ICONS[name]), labels.tab_title(name))
        self.inspections_tab: InspectionsTab | None = None
        if actor.can(Permission.VIEW_FACILITIES):  # the Heimleitung's safety walks
            self.inspections_tab = InspectionsTab(database, actor, self, settings=self._settings)
            self.inspections_tab.setObjectName("inspectionsTab")
            self.tabs.addTab(self.inspections_tab, icon(TAB_ICONS["inspections"]),
                             self.tr("Begehungen"))
            tickets = self.list_tabs.get("tickets")
            if isinstance(tickets, TicketsTab):  # every defect found is a new ticket
                self.inspections_tab.inspectionRecorded.connect(lambda _id: tickets.refresh())
        self._tab_count = self.tabs.count()
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._build_status_bar()
        self.resize(*DEFAULT_SIZE)
        self._restore_settings()
        self.tabs.currentChanged.connect(self._load_current)

    # ------------------------------------------------------------ building

    def _make_tab(self, name: str) -> ListTab | TicketsTab:
        permission = listing.required_permission(name)
        if self._actor.can(permission) and name == "tickets":
            tab = TicketsTab(self._database, self._actor, self)
            tab.myMoveCountChanged.connect(self._show_my_move_count)
            return tab
        if self._actor.can(permission):
            tab = ListTab(name, ListFetcher(self._database, self._actor, name), self)
            self._add_pane(name, tab)
            return tab
        hint = self.tr(
            "„%1“ gehört nicht zu Ihren Rollen (%2). Wenn Sie diesen Bereich für Ihre Arbeit "
            "brauchen, wenden Sie sich bitte an die Administration."
        ).replace("%1", labels.permission_label(permission)).replace("%2", self._role_labels())
        return ListTab(name, None, self, locked_hint=hint)

    def _add_pane(self, name: str, tab: ListTab) -> None:
        """The pane beside the Bewohner*innen, Unterkünfte, Sozialarbeit and Nachbarschaft
        lists (person, occupancy, case, neighbourhood report)."""
        places = self.places
        if name == "persons":
            pane = PersonPane(self._places_gateway, tab, edit_person=places.open_person,
                              edit_household=lambda hid: places.open_household(hid or None))
            tab.currentIdChanged.connect(pane.show_person)
            pane.changed.connect(self._people_changed)  # a method: no cycle through a lambda
            self.person_pane = pane
            tab.set_side_pane(pane)
        elif name == "facilities":
            occupancy = OccupancyPane(self._places_gateway, tab,
                                      edit_facility=places.open_facility,
                                      edit_unit=places.open_unit)
            tab.currentIdChanged.connect(occupancy.show_facility)
            occupancy.changed.connect(self._places_changed)
            self.occupancy_pane = occupancy
            tab.set_side_pane(occupancy)
        elif name == "cases":
            case_pane = CasePane(self._cases_gateway, tab)
            tab.currentIdChanged.connect(case_pane.show_case)
            case_pane.changed.connect(self._case_changed)
            case_pane.flatSearchRequested.connect(self._open_flat_search)
            case_pane.ownFlatRequested.connect(self._open_own_flat)
            self.case_pane = case_pane
            tab.set_side_pane(case_pane)
            if tab.model is not None:
                tab.model.reloaded.connect(self._cases_list_reloaded)
        elif name == "neighbourhood":
            report_pane = ReportPane(self._neighbourhood_gateway, tab)
            tab.currentIdChanged.connect(report_pane.show_report)
            tab.rowActivated.connect(self.open_report)  # Enter or a double click: the form
            report_pane.editRequested.connect(self.open_report)
            report_pane.changed.connect(self._neighbourhood_changed)
            self.neighbourhood_pane = report_pane
            tab.set_side_pane(report_pane, (720, 280))  # eight columns; a short pane

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&Datei"))
        file_menu.setObjectName("menuFile")
        self.places.build_menu(file_menu)
        self._add_new_case_action(file_menu)
        self._add_new_report_action(file_menu)
        self._add_new_ticket_action(file_menu)
        file_menu.addSeparator()
        export_action = QAction(icon("file-export"), self.tr("Bericht e&xportieren …"), self,
                                objectName="actionExportReport")
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.setEnabled(any(r.may_run(self._actor) for r in REPORTS.values()))
        export_action.triggered.connect(self.open_export)
        file_menu.addAction(export_action)
        file_menu.addSeparator()
        settings_action = QAction(icon("settings"), self.tr("E&instellungen …"), self,
                                  objectName="actionSettings")
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(settings_action)
        quit_action = QAction(icon("logout"), self.tr("&Beenden"), self,
                              objectName="actionQuit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = menu_bar.addMenu(self.tr("&Ansicht"))
        view_menu.setObjectName("menuView")
        refresh_action = QAction(icon("refresh"), self.tr("&Aktualisieren"), self,
                                 objectName="actionRefresh")
        refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        if refresh_action.shortcut().isEmpty():
            refresh_action.setShortcut(QKeySequence("F5"))
        refresh_action.triggered.connect(self.refresh_current)
        view_menu.addAction(refresh_action)
        search_action = QAction(icon("search"), self.tr("&Suchen"), self,
                                objectName="actionFindInList")
        search_action.setShortcut(QKeySequence("Ctrl+F"))
        search_action.setToolTip(self.tr("In das Suchfeld der Liste springen"))
        search_action.triggered.connect(self.focus_search)
        view_menu.addAction(search_action)
        view_menu.addSeparator()
        self._add_tab_actions(view_menu)
        if self._actor.can(Permission.VIEW_CASES):
            view_menu.addSeparator()
            self.cases.build_menu(view_menu)

        self.admin = AdminMenu(self, self._database, self._actor, self._settings)
        self.admin.build(menu_bar)

        help_menu = menu_bar.addMenu(self.tr("&Hilfe"))
        help_menu.setObjectName("menuHelp")
        keys_action = QAction(icon("keyboard"), self.tr("&Tastenkürzel …"), self,
                              objectName="actionShortcuts")
        keys_action.setShortcut(QKeySequence("F1"))
        keys_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys_action)
        help_menu.addSeparator()
        about_action = QAction(icon("info-circle"), self.tr("Ü&ber Soest Desk"), self,
                               objectName="actionAbout")
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _add_tab_actions(self, menu: QMenu) -> None:
        """"Übersicht  Strg+1" … one entry per tab, in the order of the tabs."""
        names = {tab: name for name, tab in self.named_tabs().items()}
        if self.inspections_tab is not None:
            names[self.inspections_tab] = "inspections"
        self.tab_actions: list[QAction] = []
        for index in range(min(self.tabs.count(), 9)):
            widget = self.tabs.widget(index)
            name = names.get(widget, "")
            title = labels.tab_title(name) if name in labels.LIST_ORDER else self.tabs.tabText(
                index)
            action = QAction(self.tabs.tabIcon(index), title, self,
                             objectName=f"actionTab_{name or index}")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, w=widget: self.tabs.setCurrentWidget(w))
            menu.addAction(action)
            self.tab_actions.append(action)

    def _add_new_case_action(self, menu: QMenu) -> None:
        """"Neuer Fall …" among the other "Neu" entries, before the import."""
        action = QAction(icon("folder-plus"), self.tr("Neuer &Fall …"), self,
                         objectName="actionNewCase")
        action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        action.setEnabled(self._actor.can(Permission.EDIT_CASES))
        action.triggered.connect(self.open_new_case)
        self._insert_before_import(menu, action)

    def _add_new_report_action(self, menu: QMenu) -> None:
        """"Neue Nachbarschaftsmeldung …" for those who record them (Heimleitung, Leitung)."""
        action = QAction(icon("message-plus"), self.tr("Neue &Nachbarschaftsmeldung …"), self,
                         objectName="actionNewNeighbourhoodReport")
        action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        action.setEnabled(self._actor.can(Permission.EDIT_NEIGHBOURHOOD))
        action.triggered.connect(self.open_new_report)
        self._insert_before_import(menu, action)

    def _add_new_ticket_action(self, menu: QMenu) -> None:
        """"Neue Mängelmeldung …" from anywhere in the window (in the Mängel tab Strg+N
        does the same)."""
        action = QAction(icon("tool"), self.tr("Neue &Mängelmeldung …"), self,
                         objectName="actionNewTicket")
        action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        action.setEnabled(isinstance(self.list_tabs.get("tickets"), TicketsTab)
                          and may_report(self._actor))
        action.triggered.connect(self.open_new_ticket)
        self._insert_before_import(menu, action)

    @staticmethod
    def _insert_before_import(menu: QMenu, action: QAction) -> None:
        entries = menu.actions()
        names = [entry.objectName() for entry in entries]
        if "actionImport" not in names:
            menu.addAction(action)
            return
        index = names.index("actionImport")
        if index and entries[index - 1].isSeparator():
            index -= 1  # before the separator that sets the import apart
        menu.insertAction(entries[index], action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        database = QLabel(self.tr("Datenbank: %1").replace("%1", self._database.info.label),
                          self, objectName="statusDatabase")
        database.setToolTip(database.text())
        user = QLabel(self.user_text(), self, objectName="statusUser")
        for label in (database, user):
            label.setContentsMargins(8, 0, 8, 0)
        status.addPermanentWidget(database, 1)
        status.addPermanentWidget(user)

    def show_backup_warning(self, text: str, detail: str) -> None:
        """A calm, lasting note at the left of the status bar: backups are stale."""
        self.show_status_note(text, detail, "statusBackupWarning")

    def show_status_note(self, text: str, detail: str, name: str) -> None:
        """A lasting note at the left of the status bar (stale backups, a shared database
        that checks no roles yet)."""
        label = QLabel(text, self, objectName=name)
        label.setContentsMargins(8, 0, 8, 0)
        label.setToolTip(detail)
        self.statusBar().insertPermanentWidget(0, label)

    def _role_labels(self) -> str:
        ordered = [role for role in Role if role in self._actor.roles]
        if not ordered:
            return self.tr("keine Rolle")
        return ", ".join(labels.code_label("role", role.value) for role in ordered)

    # ------------------------------------------------------------ public

    def user_text(self) -> str:
        actor = self._actor
        return self.tr("Angemeldet: %1 (%2) – %3").replace("%1", actor.display_name).replace(
            "%2", actor.login).replace("%3", self._role_labels())

    def current_tab(self) -> OverviewTab | ListTab | TicketsTab | InspectionsTab:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, OverviewTab | ListTab | TicketsTab | InspectionsTab)
        return widget

    def named_tabs(self) -> dict[str, QWidget]:
        """The tabs with a name ("overview" and the lists'), as the settings remember them."""
        return {labels.OVERVIEW: self.overview_tab, **self.list_tabs}

    def refresh_current(self) -> None:
        self.current_tab().refresh()

    def open_list(self, name: str, filters: dict[str, Any]) -> None:
        """The list `name` filtered as a figure of the Übersicht asks (see `links`)."""
        links.open_list(self.tabs, self.list_tabs.get(name), filters)

    def refresh_lists(self, names: tuple[str, ...]) -> None:
        """Read these lists (those already loaded) and the panes again after a change."""
        for name in names:
            tab = self.list_tabs.get(name)
            if tab is not None and tab.model is not None and tab.model.is_loaded():
                tab.refresh()
        for pane in (self.person_pane, self.occupancy_pane, self.case_pane):
            if pane is not None:
                pane.reload()

    def _people_changed(self) -> None:
        self.refresh_lists(PEOPLE)

    def _places_changed(self) -> None:
        self.refresh_lists(("facilities",))

    def _case_changed(self) -> None:
        """A step in the case pane (the pane reads its case again itself): the list follows."""
        tab = self.list_tabs.get("cases")
        if tab is not None and tab.model is not None and tab.model.is_loaded():
            self._case_step_reload = True
            tab.refresh()

    def _cases_list_reloaded(self) -> None:
        """A search or filter that finds no case leaves no case beside the list. (After a
        step in the pane the case stays in sight, even when the list no longer shows it: a
        case just closed with "eigene Wohnung" leaves the list of open cases.)"""
        after_step, self._case_step_reload = self._case_step_reload, False
        tab = self.list_tabs.get("cases")
        model = getattr(tab, "model", None)
        if (self.case_pane is not None and model is not None and not after_step
                and model.total_count() == 0):
            self.case_pane.show_case(None)

    def _cases_changed(self) -> None:
        """A reservation or a move into an own flat: people, places and the case change."""
        self._case_step_reload = "cases" in self.list_tabs
        self.refresh_lists(PEOPLE)

    def _open_flat_search(self, case_id: int) -> None:
        self.cases.open_flat_search(case_id)

    def _open_own_flat(self, case_id: int) -> None:
        self.cases.move_into_own_flat(case_id)

    def open_new_ticket(self, _checked: bool = False) -> None:
        """The Mängel tab, then its "Neue Mängelmeldung" dialog."""
        tickets = self.list_tabs.get("tickets")
        if not isinstance(tickets, TicketsTab) or not may_report(self._actor):
            return
        self.tabs.setCurrentWidget(tickets)
        tickets.new_ticket()

    def focus_search(self, _checked: bool = False) -> QLineEdit | None:
        """Strg+F: the search field of the list shown (`<name>Filter`), its text selected."""
        tab = self.tabs.currentWidget()
        fields = [f for f in tab.findChildren(QLineEdit) if f.objectName().endswith("Filter")
                  and f.isVisibleTo(tab)] if tab is not None else []
        if not fields:
            return None
        field = fields[0]
        field.setFocus()
        field.selectAll()
        return field

    def open_new_case(self) -> OpenCaseDialog | None:
        if not self._actor.can(Permission.EDIT_CASES):
            return None
        dialog = OpenCaseDialog(self._cases_gateway, self)
        dialog.saved.connect(self.show_case)
        self.last_case_dialog = dialog
        dialog.open()
        return dialog

    def open_export(self, _checked: bool = False) -> ExportDialog:
        """"Bericht exportieren …" (window-modal; the export runs off the GUI thread)."""
        dialog = open_export_dialog(self, self._database, self._actor, self._settings)
        self.last_export_dialog = dialog
        return dialog

    def open_new_report(self, _checked: bool = False) -> ReportDialog | None:
        """(Takes the action's `checked`: a slot that drops a bool argument has crashed
        PySide at a later test, through the refcount of the bool singletons.)"""
        return self.open_report(None)

    def open_report(self, report_id: int | None) -> ReportDialog | None:
        """The form of a neighbourhood report: a new one (None) or one to correct."""
        if not self._actor.can(Permission.EDIT_NEIGHBOURHOOD):
            return None
        dialog = ReportDialog(self._neighbourhood_gateway, report_id, self)
        dialog.saved.connect(self.show_report)
        dialog.stale.connect(self._neighbourhood_changed)
        self.last_report_dialog = dialog
        dialog.open()
        return dialog

    def show_report(self, report_id: int) -> None:
        """Open the Nachbarschaft tab on this report (e.g. one just saved)."""
        self._neighbourhood_changed()
        if self.neighbourhood_pane is None:
            return
        self.tabs.setCurrentWidget(self.list_tabs["neighbourhood"])
        self.neighbourhood_pane.show_report(report_id)

    def _neighbourhood_changed(self) -> None:
        tab = self.list_tabs.get("neighbourhood")
        if tab is not None and tab.model is not None and tab.model.is_loaded():
            tab.refresh()

    def show_case(self, case_id: int) -> None:
        """Open the Sozialarbeit tab on this case (e.g. one just opened)."""
        if self.case_pane is None:
            return
        self._case_changed()
        self.tabs.setCurrentWidget(self.list_tabs["cases"])
        self.case_pane.show_case(case_id)

    def show_person(self, person_id: int) -> None:
        """Open the Bewohner*innen tab on this person (e.g. the one a duplicate matched)."""
        if self.person_pane is None:
            return
        self.tabs.setCurrentWidget(self.list_tabs["persons"])
        self.person_pane.show_person(person_id)

    def about_text(self) -> str:
        return self.tr(
            "<p><b>Soest Desk</b> %1</p><p>Unterkünfte, Belegung, Sozialarbeit und "
            "Mängelmeldungen für das Amt für Wohnungswesen.</p><p>Datenbank: %2</p>"
        ).replace("%1", __version__).replace("%2", self._database.info.label)

    def open_settings(self, _checked: bool = False) -> SettingsDialog:
        """Datei → Einstellungen … (window-modal; shared ones need "Einstellungen verwalten")."""
        dialog = open_settings_dialog(self, self._database, self._actor, self._settings)
        self.last_settings_dialog = dialog
        return dialog

    def show_about(self, _checked: bool = False) -> AboutDialog:
        dialog = AboutDialog(AboutGateway(self._database), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_about_dialog = dialog
        dialog.open()
        return dialog

    def show_shortcuts(self, _checked: bool = False) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def _show_my_move_count(self, count: int) -> None:
        """"Mängel (12)": how many tickets wait for a move of this user."""
        index = self.tabs.indexOf(self.list_tabs["tickets"])
        self.tabs.setTabText(index, self.tr("%1 (%2)").replace(
            "%1", labels.tab_title("tickets")).replace("%2", str(count)))
        self.tabs.setTabToolTip(index, self.tr("%1 Mängelmeldungen warten auf Ihren nächsten "
                                               "Schritt.").replace("%1", str(count)))

    # ------------------------------------------------------------ events and settings

    def _load_current(self, _index: int = 0) -> None:
        # QTabWidget also reports a new current tab while it is destroyed with the window,
        # when the tabs may already be gone: then nothing is loaded
        if self._closing or self.tabs.count() < self._tab_count:
            return
        self.current_tab().ensure_loaded()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._load_current)  # paint the window first, then read
            tickets = self.list_tabs.get("tickets")
            if isinstance(tickets, TicketsTab):  # "Mängel (12)" even before the tab is opened
                QTimer.singleShot(0, tickets.load_counts)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self._save_settings()
        super().closeEvent(event)

    def _save_settings(self) -> None:
        settings = self._settings
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        current = self.tabs.currentWidget()
        for name, tab in self.named_tabs().items():  # the Begehungen are not remembered
            if tab is current:
                settings.setValue("mainWindow/currentTab", name)
        for tab in self.list_tabs.values():  # the columns save themselves at every change
            tab.save_settings(settings)  # queue, splitter, filters
        settings.sync()

    def _first_start_size(self) -> None:
        """Most of the screen on the first start: the lists have many columns."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return
        width = max(DEFAULT_SIZE[0], int(screen.width() * FIRST_START_SHARE))
        height = max(DEFAULT_SIZE[1], int(screen.height() * FIRST_START_SHARE))
        self.resize(min(width, screen.width()), min(height, screen.height()))

    def _restore_settings(self) -> None:
        settings = self._settings
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self._first_start_size()
        state = settings.value("mainWindow/state")
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        current = settings.value("mainWindow/currentTab")  # a name, so new tabs cannot shift it
        tab = self.named_tabs().get(current) if isinstance(current, str) else None
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
        for tab in self.list_tabs.values():
            tab.restore_settings(settings)  # columns, filters, splitter
