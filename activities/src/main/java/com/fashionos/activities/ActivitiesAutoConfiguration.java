package com.fashionos.activities;

import com.fashionos.crm.CrmAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.PropertySource;

/**
 * Brings the activity implementations into any Spring Boot application that has this module on its class path (the
 * worker, or the one-command app): every {@code @ActivityInterface} implementation bean here is registered by the
 * worker. Provider keys come from the environment (see {@code activities-defaults.properties}); without them the
 * local model and the sandbox channel are used.
 */
@AutoConfiguration(after = CrmAutoConfiguration.class)
@ComponentScan("com.fashionos.activities")
@ConfigurationPropertiesScan("com.fashionos.activities")
@PropertySource("classpath:activities-defaults.properties")
public class ActivitiesAutoConfiguration {}
