package org.spintex.runner.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Compact numbers drop zeros after a decimal point only: 1000 stays 1000. */
class NumberTextTest {

	@Test
	void trailingZerosGoOnlyAfterADecimalPoint() {
		assertEquals("1000", NumberText.compact(1000));
		assertEquals("10", NumberText.compact(10));
		assertEquals("0.25", NumberText.compact(0.25));
		assertEquals("6.61e-05", NumberText.compact(6.61e-5));
		assertEquals("1.235e+06", NumberText.compact(1234567));
		assertEquals("+0", NumberText.signed(0));
		assertEquals("-2.5e+07", NumberText.signed(-2.5e7));
	}
}
