namespace Dbs.GraphQL.Language;

/// <summary>What a visitor tells the walk after entering or leaving a node.</summary>
public enum VisitorAction
{
    /// <summary>Go on: into the node's children after entering it, to the next node after leaving it.</summary>
    Continue,

    /// <summary>After entering: do not visit the node's children, and do not call <c>Leave</c> for it.</summary>
    SkipChildren,

    /// <summary>Stop the walk (for a visitor in a <see cref="ParallelVisitor"/>: stop that visitor only).</summary>
    Break,
}
