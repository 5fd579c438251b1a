package vn.thidua.posting;

/**
 * What someone sends from the posting page: the listed proposal it is about (none for the list as a
 * whole), the objection itself (required, at most 2,000 characters), and optionally a name and a way
 * to reach them.
 */
public record ObjectionRequest(Long proposalId, String content, String name, String contact) {
}
