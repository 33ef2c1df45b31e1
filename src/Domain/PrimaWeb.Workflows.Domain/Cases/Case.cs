using PrimaWeb.Workflows.Domain.Common;
using PrimaWeb.Workflows.Domain.Tenants;

namespace PrimaWeb.Workflows.Domain.Cases;

/// <summary>
/// A social file (dossier social) of a main person in one CPAS. It keeps two household compositions: the official
/// one, replaced as a whole from a National Register answer, and the de facto one, adjusted by the social worker.
/// Both always contain the main person; a member's periods never overlap; there is at most one partner at a time.
/// </summary>
public sealed class Case
{
    private readonly List<HouseholdMember> _householdMembers = [];

    /// <summary>Opens a case; both compositions start with the main person alone, from the opening day.</summary>
    public Case(string tenantId, string reference, Guid mainPersonId, DateOnly openedOn, DateOnly today, string? socialWorkerId = null)
    {
        Id = Guid.CreateVersion7();
        TenantId = TenantCode.Validate(tenantId);
        Reference = Guard.RequiredText(reference, nameof(Reference), "case reference", 30);
        MainPersonId = Guard.RequiredId(mainPersonId, nameof(MainPersonId), "main person");
        Guard.NotInFuture(openedOn, today, nameof(OpenedOn), "opening date");
        Guard.Plausible(openedOn, today, nameof(OpenedOn), "opening date");
        OpenedOn = openedOn;
        Status = CaseStatus.Open;
        AssignSocialWorker(socialWorkerId);
        var self = new HouseholdMemberEntry(mainPersonId, HouseholdRelation.MainPerson, openedOn);
        _householdMembers.Add(new HouseholdMember(HouseholdKind.Official, self));
        _householdMembers.Add(new HouseholdMember(HouseholdKind.DeFacto, self));
    }

    // For EF Core.
    private Case()
    {
        TenantId = string.Empty;
        Reference = string.Empty;
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; }

    /// <summary>The CPAS's own file reference, as printed on letters.</summary>
    public string Reference { get; private set; }

    public Guid MainPersonId { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public CaseStatus Status { get; private set; }

    /// <summary>User id of the social worker in charge, or null while unassigned.</summary>
    public string? SocialWorkerId { get; private set; }

    /// <summary>Every membership of both compositions (one list, so that a store maps a single collection).</summary>
    public IReadOnlyList<HouseholdMember> HouseholdMembers => _householdMembers;

    public HouseholdComposition OfficialHousehold => Composition(HouseholdKind.Official);

    public HouseholdComposition DeFactoHousehold => Composition(HouseholdKind.DeFacto);

    public HouseholdComposition Composition(HouseholdKind kind) =>
        new(kind, _householdMembers.Where(m => m.Kind == kind).ToList());

    public void AssignSocialWorker(string? socialWorkerId) =>
        SocialWorkerId = Guard.OptionalText(socialWorkerId, nameof(SocialWorkerId), "social worker id", 100);

    /// <summary>Replaces the official composition with the one the National Register gives.</summary>
    public void ReplaceOfficialHousehold(IEnumerable<HouseholdMemberEntry> members) =>
        Replace(HouseholdKind.Official, members);

    /// <summary>Replaces the de facto composition, e.g. to start from a copy of the official one.</summary>
    public void ReplaceDeFactoHousehold(IEnumerable<HouseholdMemberEntry> members) =>
        Replace(HouseholdKind.DeFacto, members);

    /// <summary>Adds a membership period to the de facto composition.</summary>
    public HouseholdMember AddDeFactoMember(HouseholdMemberEntry entry)
    {
        EnsureOpen();
        var member = new HouseholdMember(HouseholdKind.DeFacto, entry);
        Validate(HouseholdKind.DeFacto, [.. _householdMembers.Where(m => m.Kind == HouseholdKind.DeFacto), member]);
        _householdMembers.Add(member);
        return member;
    }

    /// <summary>Records that a de facto member left the household after <paramref name="lastDay"/>.</summary>
    public void EndDeFactoMembership(Guid memberId, DateOnly lastDay)
    {
        EnsureOpen();
        FindDeFacto(memberId).EndOn(lastDay);
    }

    /// <summary>Removes a membership entered by mistake. The main person cannot be removed.</summary>
    public void RemoveDeFactoMember(Guid memberId)
    {
        EnsureOpen();
        var member = FindDeFacto(memberId);
        var remaining = _householdMembers.Where(m => m.Kind == HouseholdKind.DeFacto && m != member).ToList();
        Validate(HouseholdKind.DeFacto, remaining);
        _householdMembers.Remove(member);
    }

    public void Close(DateOnly closedOn, DateOnly today)
    {
        EnsureOpen();
        Guard.NotInFuture(closedOn, today, nameof(ClosedOn), "closing date");
        if (closedOn < OpenedOn)
        {
            throw new DomainValidationException(
                nameof(ClosedOn), RuleCodes.ClosedBeforeOpened, $"The case cannot close on {LegalDate.Format(closedOn)}, before it opened on {LegalDate.Format(OpenedOn)}.", closedOn, OpenedOn);
        }

        Status = CaseStatus.Closed;
        ClosedOn = closedOn;
    }

    public void Reopen()
    {
        Status = CaseStatus.Open;
        ClosedOn = null;
    }

    private void Replace(HouseholdKind kind, IEnumerable<HouseholdMemberEntry> entries)
    {
        EnsureOpen();
        var members = entries.Select(e => new HouseholdMember(kind, e)).ToList();
        Validate(kind, members);
        _householdMembers.RemoveAll(m => m.Kind == kind);
        _householdMembers.AddRange(members);
    }

    private HouseholdMember FindDeFacto(Guid memberId) =>
        _householdMembers.SingleOrDefault(m => m.Id == memberId && m.Kind == HouseholdKind.DeFacto)
        ?? throw new DomainValidationException("MemberId", RuleCodes.UnknownMember, $"The de facto household of case {Reference} has no member {memberId}.", Reference, memberId);

    private void EnsureOpen()
    {
        if (Status == CaseStatus.Closed)
        {
            throw new DomainValidationException(nameof(Status), RuleCodes.CaseClosed, $"The case {Reference} is closed; reopen it first.", Reference);
        }
    }

    private void Validate(HouseholdKind kind, IReadOnlyList<HouseholdMember> members)
    {
        var label = kind == HouseholdKind.Official ? "official" : "de facto";
        if (!members.Any(m => m.PersonId == MainPersonId))
        {
            throw new DomainValidationException(
                nameof(HouseholdMembers), RuleCodes.MainPersonMissing, $"The {label} household of case {Reference} must contain the main person.", kind, Reference);
        }

        foreach (var member in members)
        {
            var isMain = member.PersonId == MainPersonId;
            if (isMain != (member.Relation == HouseholdRelation.MainPerson))
            {
                throw isMain
                    ? new DomainValidationException(
                        nameof(HouseholdMembers),
                        RuleCodes.MainPersonRelation,
                        $"In the {label} household of case {Reference} the main person must have the relation MainPerson, not {member.Relation}.",
                        kind,
                        Reference,
                        member.Relation)
                    : new DomainValidationException(
                        nameof(HouseholdMembers),
                        RuleCodes.OnlyMainPersonRelation,
                        $"In the {label} household of case {Reference} only the main person may have the relation MainPerson (person {member.PersonId}).",
                        kind,
                        Reference,
                        member.PersonId);
            }
        }

        foreach (var group in members.GroupBy(m => m.PersonId))
        {
            RefuseOverlaps(group.ToList(), RuleCodes.MemberTwice, $"Person {group.Key} appears twice at the same time in the {label} household of case {Reference}", group.Key, kind, Reference);
        }

        RefuseOverlaps(
            members.Where(m => m.Relation == HouseholdRelation.Partner).ToList(),
            RuleCodes.TwoPartners,
            $"The {label} household of case {Reference} would have two partners at the same time",
            kind,
            Reference);
    }

    private static void RefuseOverlaps(List<HouseholdMember> periods, string code, string problem, params object[] arguments)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            for (var j = i + 1; j < periods.Count; j++)
            {
                if (periods[i].Period.Overlaps(periods[j].Period))
                {
                    throw new DomainValidationException(
                        nameof(HouseholdMembers),
                        code,
                        $"{problem} ({periods[i].Period} and {periods[j].Period}).",
                        [.. arguments, periods[i].Period.ToString(), periods[j].Period.ToString()]);
                }
            }
        }
    }
}
