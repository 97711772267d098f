"""The ORM: one module per aggregate. No Qt, no business rules beyond invariants."""

from soest_desk.models.audit import AuditEntry
from soest_desk.models.base import Base
from soest_desk.models.case import Case, CaseNote, FollowUp, ReadinessItem
from soest_desk.models.facility import Facility, Unit
from soest_desk.models.inspection import Inspection, InspectionItem, InspectionPlan
from soest_desk.models.neighbourhood import NeighbourhoodReport
from soest_desk.models.occupancy import OverAllocation, PlaceBlock
from soest_desk.models.person import Household, IdentityDocument, Person, PersonLanguage
from soest_desk.models.setting import AppSetting
from soest_desk.models.stay import Stay
from soest_desk.models.ticket import Attachment, CostEntry, Ticket, TicketEvent
from soest_desk.models.user import User, UserFacility, UserRole

__all__ = [
    "AppSetting",
    "Attachment",
    "AuditEntry",
    "Base",
    "Case",
    "CaseNote",
    "CostEntry",
    "Facility",
    "FollowUp",
    "Household",
    "IdentityDocument",
    "Inspection",
    "InspectionItem",
    "InspectionPlan",
    "NeighbourhoodReport",
    "OverAllocation",
    "Person",
    "PersonLanguage",
    "PlaceBlock",
    "ReadinessItem",
    "Stay",
    "Ticket",
    "TicketEvent",
    "Unit",
    "User",
    "UserFacility",
    "UserRole",
]
