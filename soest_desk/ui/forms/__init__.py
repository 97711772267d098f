"""The record forms: create, edit and end people, households, facilities, units and private
housing offers. Entry points: `PersonFormDialog`, `HouseholdFormDialog`,
`FacilityFormDialog`, `UnitFormDialog`, `OfferFormDialog`, `FormsGateway`, `end_record`."""
