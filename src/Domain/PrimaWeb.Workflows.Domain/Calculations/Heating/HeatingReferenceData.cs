using PrimaWeb.Workflows.Domain.Calculations.Reference;

namespace PrimaWeb.Workflows.Domain.Calculations.Heating;

/// <summary>The heating-allowance tables of the reference data, checked on load.</summary>
public sealed class HeatingReferenceData
{
    public const string IncomeThresholdsTable = "heating.incomeThresholds";
    public const string IncomeRulesTable = "heating.incomeRules";
    public const string ReferenceThresholdTable = "heating.referenceThreshold";
    public const string ReferenceThresholdRuleTable = "heating.referenceThresholdRule";
    public const string AllowanceBandsTable = "heating.allowanceBands";
    public const string MaxLitresTable = "heating.maxLitres";
    public const string PumpFlatAmountTable = "heating.pumpFlatAmount";
    public const string RequestDeadlineTable = "heating.requestDeadline";

    private HeatingReferenceData(IReadOnlyDictionary<string, ReferenceTable> tables)
    {
        IncomeThresholds = tables[IncomeThresholdsTable];
        IncomeRules = tables[IncomeRulesTable];
        ReferenceThreshold = tables[ReferenceThresholdTable];
        ReferenceThresholdRule = tables[ReferenceThresholdRuleTable];
        AllowanceBands = tables[AllowanceBandsTable];
        MaxLitres = tables[MaxLitresTable];
        PumpFlatAmount = tables[PumpFlatAmountTable];
        RequestDeadline = tables[RequestDeadlineTable];
    }

    /// <summary>Fields: base, perDependant, dependantIncomeLimit (yearly euro).</summary>
    public ReferenceTable IncomeThresholds { get; }

    /// <summary>Fields: selfEmployedGrossFactor, otherPropertyCadastralMultiplier.</summary>
    public ReferenceTable IncomeRules { get; }

    /// <summary>Field: threshold (euro per litre), by delivery date.</summary>
    public ReferenceTable ReferenceThreshold { get; }

    /// <summary>Fields: coefficient, minimumChange.</summary>
    public ReferenceTable ReferenceThresholdRule { get; }

    /// <summary>Fields: baseCentsPerLitre, firstStepAboveThreshold, stepWidth, topCentsPerLitre, by delivery date.</summary>
    public ReferenceTable AllowanceBands { get; }

    /// <summary>Field: litres (per household and heating period), by delivery date.</summary>
    public ReferenceTable MaxLitres { get; }

    /// <summary>Field: amount (euro per heating period), by purchase date.</summary>
    public ReferenceTable PumpFlatAmount { get; }

    /// <summary>Field: daysAfterDelivery.</summary>
    public ReferenceTable RequestDeadline { get; }

    public static HeatingReferenceData From(ReferenceDataSet set)
    {
        var requirements = new ReferenceRequirements(set);
        var fields = new Dictionary<string, string[]>
        {
            [IncomeThresholdsTable] = ["base", "perDependant", "dependantIncomeLimit"],
            [IncomeRulesTable] = ["selfEmployedGrossFactor", "otherPropertyCadastralMultiplier"],
            [ReferenceThresholdTable] = ["threshold"],
            [ReferenceThresholdRuleTable] = ["coefficient", "minimumChange"],
            [AllowanceBandsTable] = ["baseCentsPerLitre", "firstStepAboveThreshold", "stepWidth", "topCentsPerLitre"],
            [MaxLitresTable] = ["litres"],
            [PumpFlatAmountTable] = ["amount"],
            [RequestDeadlineTable] = ["daysAfterDelivery"],
        };
        var tables = new Dictionary<string, ReferenceTable>();
        foreach (var (id, amounts) in fields)
        {
            if (requirements.Table(id, amounts) is { } table)
            {
                tables[id] = table;
            }
        }

        requirements.Check(tables.GetValueOrDefault(AllowanceBandsTable), row =>
            row.HasAmount("stepWidth") && row.Amount("stepWidth") == 0 ? "the step width must be greater than zero." : null, "stepWidth");
        requirements.Check(tables.GetValueOrDefault(AllowanceBandsTable), row =>
            row.HasAmount("topCentsPerLitre") && row.HasAmount("baseCentsPerLitre") && row.Amount("topCentsPerLitre") < row.Amount("baseCentsPerLitre")
                ? "the top band cannot pay less than the base band." : null, "topCentsPerLitre");
        requirements.Check(tables.GetValueOrDefault(RequestDeadlineTable), row =>
            row.HasAmount("daysAfterDelivery") && decimal.Truncate(row.Amount("daysAfterDelivery")) != row.Amount("daysAfterDelivery")
                ? "must be a whole number of days." : null, "daysAfterDelivery");
        requirements.ThrowIfAny();
        return new HeatingReferenceData(tables);
    }
}
