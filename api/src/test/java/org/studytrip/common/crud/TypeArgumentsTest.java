package org.studytrip.common.crud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TypeArgumentsTest {

    abstract static class Base<A, B> {
    }

    /** Between the base and the class that names the types: it passes its own variables on, in another order. */
    abstract static class Between<X, Y> extends Base<Y, X> {
    }

    static class Named extends Between<String, Integer> {
    }

    /** What a container makes of a bean: a subclass that names nothing itself. */
    static class Proxy extends Named {
    }

    @Test
    void findsTheClassGivenThroughAGenericClassBetweenAndAProxy() {
        assertEquals(Integer.class, TypeArguments.of(Proxy.class, Base.class, 0));
        assertEquals(String.class, TypeArguments.of(Proxy.class, Base.class, 1));
        assertEquals(String.class, TypeArguments.of(Named.class, Between.class, 0));
    }

    @Test
    void refusesAClassThatLeavesTheParameterOpen() {
        assertThrows(IllegalStateException.class, () -> TypeArguments.of(Between.class, Base.class, 0));
    }
}
