package com.fashionos.crmtestapp;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The application the CRM feature tests run: just auto-configuration (which brings in the CRM). It lives outside
 * {@code com.fashionos.crm} so that the CRM's own component scan never picks it up in other tests' contexts.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class CrmTestApplication {}
