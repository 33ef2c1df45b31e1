using PrimaWeb.Workflows.Domain.CaseFiles;
using PrimaWeb.Workflows.Domain.Common;
using static PrimaWeb.Workflows.Domain.Tests.Samples;

namespace PrimaWeb.Workflows.Domain.Tests.CaseFiles;

public class SppIsFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_Form_IsPreparedWithItsDueDateAndKey()
    {
        var form = NewForm();

        form.Status.ShouldBe(SppIsFormStatus.Prepared);
        form.DueOn.ShouldBe(D(8, 12, 2026));
        form.IdempotencyKey.ShouldBe("form-1");
        form.FormId.ShouldBeNull();
    }

    [Fact]
    public void MarkSent_Receipt_StoresFormIdAndInstant()
    {
        var form = NewForm();

        form.MarkSent("SPPIS-42", Now);

        form.Status.ShouldBe(SppIsFormStatus.Sent);
        form.FormId.ShouldBe("SPPIS-42");
        form.SentAt.ShouldBe(Now);
    }

    [Fact]
    public void MarkSent_SameReceiptTwice_IsHarmless()
    {
        var form = NewForm();
        form.MarkSent("SPPIS-42", Now);

        form.MarkSent("SPPIS-42", Now.AddMinutes(5));

        form.SentAt.ShouldBe(Now);
    }

    [Fact]
    public void MarkSent_OtherFormIdAfterAReceipt_IsRefusedNamingBoth()
    {
        var form = NewForm();
        form.MarkSent("SPPIS-42", Now);

        var error = Should.Throw<DomainValidationException>(() => form.MarkSent("SPPIS-43", Now));

        error.Message.ShouldContain("SPPIS-42");
        error.Message.ShouldContain("SPPIS-43");
    }

    [Fact]
    public void RecordAnswer_Refusal_KeepsReasonsAndTheFirstAnswerWins()
    {
        var form = NewForm();
        form.MarkSent("SPPIS-42", Now);

        form.RecordAnswer(SppIsFormStatus.Refused, [new SppIsAnswerReason("R12", "Beneficiary not integrated")], Now.AddDays(2));
        form.RecordAnswer(SppIsFormStatus.Accepted, [], Now.AddDays(3));

        form.Status.ShouldBe(SppIsFormStatus.Refused);
        form.Reasons.ShouldHaveSingleItem().Code.ShouldBe("R12");
        form.AnsweredAt.ShouldBe(Now.AddDays(2));
    }

    [Fact]
    public void RecordAnswer_BeforeTheFormWasReceived_IsRefused()
    {
        var form = NewForm();

        Should.Throw<DomainValidationException>(() => form.RecordAnswer(SppIsFormStatus.Accepted, [], Now));
    }

    [Fact]
    public void RecordAnswer_AfterTheWaitTimedOut_IsStillRecorded()
    {
        var form = NewForm();
        form.MarkSent("SPPIS-42", Now);
        form.MarkUnanswered();

        form.RecordAnswer(SppIsFormStatus.Accepted, [], Now.AddDays(20));

        form.Status.ShouldBe(SppIsFormStatus.Accepted);
    }

    [Fact]
    public void RecordAnswer_StatusThatIsNotAnAnswer_IsRefused()
    {
        var form = NewForm();
        form.MarkSent("SPPIS-42", Now);

        Should.Throw<DomainValidationException>(() => form.RecordAnswer(SppIsFormStatus.Sent, [], Now)).Field.ShouldBe("Status");
    }

    private static SppIsForm NewForm() =>
        new(Tenant, Guid.NewGuid(), Guid.NewGuid(), Now, "system", Guid.NewGuid(), SppIsFormType.DisGrant, D(8, 12, 2026), "form-1", "{}");
}
