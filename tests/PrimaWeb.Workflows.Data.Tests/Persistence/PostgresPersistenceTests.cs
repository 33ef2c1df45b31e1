using PrimaWeb.Workflows.Data.Providers;
using PrimaWeb.Workflows.Testing;

namespace PrimaWeb.Workflows.Data.Tests.Persistence;

/// <summary>
/// The persistence contract on a real PostgreSQL server, in a throw-away database. Each test is overridden only to
/// carry [PostgresFact], which skips it with a reason when no server is configured (and fails it in CI).
/// <see cref="PostgresPersistenceTestsCoverage"/> checks that none is forgotten.
/// </summary>
public sealed class PostgresPersistenceTests : PersistenceTests
{
    private PostgresDatabase? _database;

    protected override async Task<PrimaWebDatabaseSettings> CreateDatabaseAsync()
    {
        _database = await PostgresDatabase.CreateAsync("primaweb_data");
        return new PrimaWebDatabaseSettings(DatabaseProvider.PostgreSql, _database.ConnectionString);
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [PostgresFact]
    public override Task RecordAsync_CallAboutTwoPersons_RoundTripsOnceForEachPersonAndForTheCase() => base.RecordAsync_CallAboutTwoPersons_RoundTripsOnceForEachPersonAndForTheCase();

    [PostgresFact]
    public override Task ListAsync_EntriesOfTwoCpas_ListsOnlyTheAskingCpasInTimeOrder() => base.ListAsync_EntriesOfTwoCpas_ListsOnlyTheAskingCpasInTimeOrder();

    [PostgresFact]
    public override Task RecordAsync_CallerAbandonsItsUnitOfWork_KeepsOnlyTheEntry() => base.RecordAsync_CallerAbandonsItsUnitOfWork_KeepsOnlyTheEntry();

    [PostgresFact]
    public override Task GetRegisterAsync_RegisterStored_ReturnsItOnlyForItsCpas() => base.GetRegisterAsync_RegisterStored_ReturnsItOnlyForItsCpas();

    [PostgresFact]
    public override Task Migrate_EmptyDatabase_LeavesNoPendingModelChanges() => base.Migrate_EmptyDatabase_LeavesNoPendingModelChanges();

    [PostgresFact]
    public override Task SaveChanges_Tenant_RoundTrips() => base.SaveChanges_Tenant_RoundTrips();

    [PostgresFact]
    public override Task SaveChanges_Person_RoundTripsNissAndAddress() => base.SaveChanges_Person_RoundTripsNissAndAddress();

    [PostgresFact]
    public override Task SaveChanges_PersonWithoutAddress_ReadsNoAddress() => base.SaveChanges_PersonWithoutAddress_ReadsNoAddress();

    [PostgresFact]
    public override Task Query_PersonByNiss_FindsItThroughTheConverter() => base.Query_PersonByNiss_FindsItThroughTheConverter();

    [PostgresFact]
    public override Task SaveChanges_CaseWithBothHouseholds_RoundTrips() => base.SaveChanges_CaseWithBothHouseholds_RoundTrips();

    [PostgresFact]
    public override Task SaveChanges_CaseHouseholdChanged_StoresTheNewComposition() => base.SaveChanges_CaseHouseholdChanged_StoresTheNewComposition();

    [PostgresFact]
    public override Task SaveChanges_IntegrationRegister_RoundTripsEveryLine() => base.SaveChanges_IntegrationRegister_RoundTripsEveryLine();

    [PostgresFact]
    public override Task SaveChanges_RequestWithDecision_RoundTripsStatusAndDecision() => base.SaveChanges_RequestWithDecision_RoundTripsStatusAndDecision();

    [PostgresFact]
    public override Task SaveChanges_ChangedPartOfAggregate_StampsTheRootInUtc() => base.SaveChanges_ChangedPartOfAggregate_StampsTheRootInUtc();

    [PostgresFact]
    public override Task Query_ByInstant_ComparesAndOrdersLikeTheInstants() => base.Query_ByInstant_ComparesAndOrdersLikeTheInstants();

    [PostgresFact]
    public override Task SaveChanges_StaleCase_ThrowsConflictNamingItAndKeepsTheOtherWrite() => base.SaveChanges_StaleCase_ThrowsConflictNamingItAndKeepsTheOtherWrite();

    [PostgresFact]
    public override Task SaveChanges_StalePartOfAggregate_ThrowsConflictOnTheRoot() => base.SaveChanges_StalePartOfAggregate_ThrowsConflictOnTheRoot();

    [PostgresFact]
    public override Task SaveChanges_ConflictInOneAggregate_WritesNothingOfTheWholeSave() => base.SaveChanges_ConflictInOneAggregate_WritesNothingOfTheWholeSave();

    [PostgresFact]
    public override Task SaveChanges_SameNissTwiceInOneTenant_IsRefusedByTheUniqueIndex() => base.SaveChanges_SameNissTwiceInOneTenant_IsRefusedByTheUniqueIndex();

    [PostgresFact]
    public override Task SaveChanges_SameNissInTwoTenants_IsAccepted() => base.SaveChanges_SameNissInTwoTenants_IsAccepted();

    [PostgresFact]
    public override Task Query_OtherTenantsRows_AreNotVisible() => base.Query_OtherTenantsRows_AreNotVisible();

    [PostgresFact]
    public override Task Query_WithoutTenant_FailsWithAClearMessage() => base.Query_WithoutTenant_FailsWithAClearMessage();

    [PostgresFact]
    public override Task SaveChanges_RowOfAnotherTenant_IsRefusedAndNothingStored() => base.SaveChanges_RowOfAnotherTenant_IsRefusedAndNothingStored();

    [PostgresFact]
    public override Task Store_InvalidNiss_IsRefusedWithTheReasonAndNothingStored() => base.Store_InvalidNiss_IsRefusedWithTheReasonAndNothingStored();

    [PostgresFact]
    public override Task Store_IntegrationLongerThanItsCodeAllows_IsRefusedAndNothingStored() => base.Store_IntegrationLongerThanItsCodeAllows_IsRefusedAndNothingStored();

    [PostgresFact]
    public override Task Store_ExtensionBeyondItsCodesMaximum_IsRefusedAndTheStoredLineKept() => base.Store_ExtensionBeyondItsCodesMaximum_IsRefusedAndTheStoredLineKept();

    [PostgresFact]
    public override Task Store_RequestReceivedInTheFuture_IsRefusedAndNothingStored() => base.Store_RequestReceivedInTheFuture_IsRefusedAndNothingStored();

    [PostgresFact]
    public override Task Store_Consultations_RoundTripEveryFieldWithAnswerOrReason() => base.Store_Consultations_RoundTripEveryFieldWithAnswerOrReason();

    [PostgresFact]
    public override Task Store_ResourceStatement_RoundTripsMembersResourcesAndExpenses() => base.Store_ResourceStatement_RoundTripsMembersResourcesAndExpenses();

    [PostgresFact]
    public override Task Store_CalculationReportAndLetter_RoundTripEveryField() => base.Store_CalculationReportAndLetter_RoundTripEveryField();

    [PostgresFact]
    public override Task Store_SppIsFormSentThenAnswered_PersistsEachStepOfTheForm() => base.Store_SppIsFormSentThenAnswered_PersistsEachStepOfTheForm();

    [PostgresFact]
    public override Task SaveChanges_SecondFormWithTheSameIdempotencyKey_IsRefusedByTheUniqueIndex() => base.SaveChanges_SecondFormWithTheSameIdempotencyKey_IsRefusedByTheUniqueIndex();

    [PostgresFact]
    public override Task AwaitingAnswerAsync_FormsOfEveryCpas_ReturnsOnlySentAndUnansweredLongestWaitingFirst() => base.AwaitingAnswerAsync_FormsOfEveryCpas_ReturnsOnlySentAndUnansweredLongestWaitingFirst();

    [PostgresFact]
    public override Task Store_DecisionWithTermsAndWorkflowLink_RoundTrip() => base.Store_DecisionWithTermsAndWorkflowLink_RoundTrip();

    [PostgresFact]
    public override Task Store_OtherCpasRecords_AreNeitherFoundNorListed() => base.Store_OtherCpasRecords_AreNeitherFoundNorListed();

    [PostgresFact]
    public override Task SaveChanges_RecordOfAnotherCpasAddedThroughTheStore_IsRefusedAndNothingStored() => base.SaveChanges_RecordOfAnotherCpasAddedThroughTheStore_IsRefusedAndNothingStored();

    [PostgresFact]
    public override Task Store_RecordsAddedInTheUnitOfWork_AreSeenBeforeSaving() => base.Store_RecordsAddedInTheUnitOfWork_AreSeenBeforeSaving();

    [PostgresFact]
    public override Task IntegrationRegisterAsync_NoRegisterYet_AddsOneOnceAndFindsItAfterSaving() => base.IntegrationRegisterAsync_NoRegisterYet_AddsOneOnceAndFindsItAfterSaving();

    [PostgresFact]
    public override Task CaseFileQueries_CaseWithRecords_ListsEachKindAndReadsAnswersOnDemand() => base.CaseFileQueries_CaseWithRecords_ListsEachKindAndReadsAnswersOnDemand();
}
