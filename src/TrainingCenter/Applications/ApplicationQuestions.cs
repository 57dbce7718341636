using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Applications;

/// <summary>Staff define the questions a cohort's application form asks: add, change, reorder, remove.</summary>
public sealed class ApplicationQuestions(AppDbContext db)
{
    /// <returns>What keeps the question from being added; null when it was.</returns>
    public async Task<string?> AddAsync(int cohortId, QuestionDraft draft, CancellationToken ct)
    {
        if (draft.Problem is { } problem) return problem;
        var last = await db.ApplicationQuestions.Where(q => q.CohortId == cohortId).MaxAsync(q => (int?)q.Position, ct) ?? 0;
        db.ApplicationQuestions.Add(new ApplicationQuestion(cohortId, last + 1, draft.CleanText, draft.Kind, draft.IsRequired, draft.CleanOptions));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <returns>What keeps the question from being changed; null when it was.</returns>
    public async Task<string?> ChangeAsync(int cohortId, int questionId, QuestionDraft draft, CancellationToken ct)
    {
        if (draft.Problem is { } problem) return problem;
        var question = await db.ApplicationQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.CohortId == cohortId, ct);
        if (question is null) return NoSuchQuestion;
        question.Change(draft.CleanText, draft.Kind, draft.IsRequired, draft.CleanOptions);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Swaps the question with its neighbour above (<paramref name="up"/>) or below; at either end nothing moves.</summary>
    public async Task<string?> MoveAsync(int cohortId, int questionId, bool up, CancellationToken ct)
    {
        var questions = await db.ApplicationQuestions.Where(q => q.CohortId == cohortId).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(ct);
        var index = questions.FindIndex(q => q.Id == questionId);
        if (index < 0) return NoSuchQuestion;
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= questions.Count) return null;
        (questions[index], questions[other]) = (questions[other], questions[index]);
        for (var i = 0; i < questions.Count; i++) questions[i].Position = i + 1;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Removes a question nobody has answered; an answered one stays, so reviewers keep seeing what applicants wrote.</summary>
    public async Task<string?> RemoveAsync(int cohortId, int questionId, CancellationToken ct)
    {
        var question = await db.ApplicationQuestions.SingleOrDefaultAsync(q => q.Id == questionId && q.CohortId == cohortId, ct);
        if (question is null) return NoSuchQuestion;
        if (await db.ApplicationAnswers.AnyAsync(a => a.QuestionId == questionId, ct))
            return $"Applicants have answered \"{question.Text}\", so it stays: change it to optional instead.";
        db.ApplicationQuestions.Remove(question);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private const string NoSuchQuestion = "There is no such question in this cohort.";
}
