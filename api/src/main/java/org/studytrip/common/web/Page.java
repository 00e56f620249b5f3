package org.studytrip.common.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Function;

/** One page of a collection. Generic, so each list operation names its own schema (see {@code ContractFilter}). */
public record Page<T>(
        @NotNull @Size(max = PageRequest.MAX_SIZE) List<T> items,
        @NotNull @Min(0) @Max(PageRequest.MAX_PAGE) int page,
        @NotNull @Min(1) @Max(PageRequest.MAX_SIZE) int size,
        @NotNull @Min(0) @Max(Long.MAX_VALUE) long totalItems,
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) int totalPages) {

    /** Runs the count and the page query (two statements) and maps the rows inside the caller's transaction. */
    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        long total = query.count();
        List<T> items = query.page(request.page(), request.size()).list().stream().map(mapper).toList();
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), total, pages);
    }
}
